// One language at a time: zhili-cli picks Chinese or English from --lang, else from LC_ALL / LC_MESSAGES /
// LANG, and prints its messages (its own and those of core) in that language only. The core messages come
// from the same catalogue, so a translator installed in this process turns them Chinese as well.
#include "clirunner.h"
#include "i18n/language.h"
#include "indicatorfixture.h"
#include "testcache.h"
#include "util/error.h"
#include "util/inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {
const QRegularExpression kHan(QStringLiteral("\\p{Han}"));
const QRegularExpression kEnglishWords(QStringLiteral("\\b(not found|file|cannot|no such)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);

// The English phrases of a help text: two words of three or more ASCII letters in a row on one line, once
// what is the same in both languages is taken out: the program and command name, option names (--cache),
// value names (<CACHE>, FILE), the bracketed syntax, environment variables and upper-case codes (PNG, CSV).
QStringList englishPhrases(const QString &text)
{
    static const QRegularExpression sameInBoth(
        QStringLiteral("zhili-cli( [a-z][a-z-]*)?|--?[A-Za-z][\\w-]*|<[^>]*>|\\[[^\\]]*\\]|\\$\\w+|"
                       "(?<![A-Za-z])[A-Z][A-Z0-9_]+(?![A-Za-z])"));
    static const QRegularExpression phrase(
        QStringLiteral("(?<![A-Za-z])[A-Za-z]{3,}[ \\t]+[A-Za-z]{3,}(?![A-Za-z])"));
    QStringList found;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(sameInBoth);
        const QRegularExpressionMatch m = phrase.match(line);
        if (m.hasMatch())
            found << m.captured();
    }
    return found;
}
} // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    CliRun importMissing(const QMap<QString, QString> &env, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("import"), QStringLiteral("missing.shp"),
                                  QStringLiteral("--cache"), m_dir.filePath(QStringLiteral("c.gpkg")),
                                  QStringLiteral("--district"), QStringLiteral("x")} +
                          extra,
                      env);
    }

    // The message with the program prefix and the file name taken out: what must be in one language.
    static QString sentence(const CliRun &r)
    {
        QString s = r.err;
        s.remove(QStringLiteral("zhili-cli import"));
        s.remove(QStringLiteral("missing.shp"));
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void englishLocaleGivesEnglishOnly()
    {
        const CliRun r = importMissing({{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("missing.shp")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("file not found")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(kHan), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void chineseLocaleGivesChineseOnly()
    {
        const CliRun r = importMissing({{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("missing.shp")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("文件不存在")), qPrintable(r.err));
        QVERIFY2(!sentence(r).contains(kEnglishWords), qPrintable(r.err));
    }

    void lcAllAndLcMessagesComeBeforeLang()
    {
        CliRun r = importMissing({{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
                                  {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}});
        QVERIFY2(r.err.contains(QStringLiteral("文件不存在")), qPrintable(r.err));
        r = importMissing({{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                           {QStringLiteral("LC_MESSAGES"), QStringLiteral("C")}});
        QVERIFY2(r.err.contains(QLatin1String("file not found")) && !r.err.contains(kHan), qPrintable(r.err));
    }

    void langOptionOverridesTheLocale()
    {
        const QMap<QString, QString> english{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}};
        CliRun r = importMissing(english, {QStringLiteral("--lang"), QStringLiteral("zh")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("文件不存在")), qPrintable(r.err));
        QVERIFY2(!sentence(r).contains(kEnglishWords), qPrintable(r.err));

        r = importMissing({{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}},
                          {QStringLiteral("--lang=en")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("file not found")) && !r.err.contains(kHan), qPrintable(r.err));

        // Before the command name as well.
        r = runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("import"),
                    QStringLiteral("missing.shp"), QStringLiteral("--cache"),
                    m_dir.filePath(QStringLiteral("c.gpkg")), QStringLiteral("--district"),
                    QStringLiteral("x")},
                   english);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("文件不存在")), qPrintable(r.err));
    }

    void badLangIsAUsageError()
    {
        const CliRun r = importMissing({}, {QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--lang")) && r.err.contains(QLatin1String("\"fr\"")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--lang")}).code, 2);
    }

    void helpDocumentsLang()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("--lang zh|en")), qPrintable(r.out));
    }

    // Help and usage in one language too: the command list, Qt's own "Usage:"/"Options:" and every option's
    // description are Chinese under a Chinese locale, with nothing Chinese under an English one.
    void helpTextIsInOneLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("import --help")
            << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0;
        QTest::newRow("sync --help") << QStringList{QStringLiteral("sync"), QStringLiteral("--help")} << 0;
        QTest::newRow("assign --help")
            << QStringList{QStringLiteral("assign"), QStringLiteral("--help")} << 0;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("bogus")} << 2;
    }

    void helpTextIsInOneLanguage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        CliRun r = runCli(args, {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
        QCOMPARE(r.code, code);
        const QString zh = r.out + r.err;
        QVERIFY2(zh.contains(kHan), qPrintable(zh));
        QVERIFY2(englishPhrases(zh).isEmpty(),
                 qPrintable(englishPhrases(zh).join(QLatin1String(" | ")) + QLatin1Char('\n') + zh));
        if (args.size() > 1) // a command's help: Qt's own words in Chinese too, the option names as they are
            QVERIFY2(zh.contains(QStringLiteral("用法")) && zh.contains(QLatin1String("--cache")),
                     qPrintable(zh));
        if (code == 2)
            QVERIFY2(zh.contains(QLatin1String("\"bogus\"")) || zh.contains(QStringLiteral("“bogus”")),
                     qPrintable(zh));

        r = runCli(args, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
        QCOMPARE(r.code, code);
        const QString en = r.out + r.err;
        QVERIFY2(!en.contains(kHan), qPrintable(en));
        QVERIFY2(!englishPhrases(en).isEmpty(), qPrintable(en)); // the check sees English where it is
    }

    // Every option of every command has its help in the CLI's language: the option tables keep each help
    // text untranslated with its translation context, and a row under the wrong context would stay English.
    void everyOptionHelpIsInTheLanguage()
    {
        const CliRun list = runCli({QStringLiteral("--help")});
        QCOMPARE(list.code, 0);
        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]*)  "),
                                                    QRegularExpression::MultilineOption);
        QStringList commands;
        for (auto it = commandLine.globalMatch(list.out); it.hasNext();)
            commands << it.next().captured(1);
        QVERIFY2(commands.size() >= 30, qPrintable(list.out));
        // "  --name <VALUE>   description" (Qt's -h and --help-all included); the description may be no more
        // than values and full-width punctuation ("planner | officer | admin（add）。").
        static const QRegularExpression optionLine(QStringLiteral("^  -\\S.*?\\s{2,}(\\S.*)$"),
                                                   QRegularExpression::MultilineOption);
        static const QRegularExpression chinese(
            QStringLiteral("[\\p{Han}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]"));
        for (const QString &command : std::as_const(commands)) {
            const QStringList args{command, QStringLiteral("--help")};
            const CliRun zh = runCli(args, {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
            QCOMPARE(zh.code, 0);
            int options = 0;
            for (auto it = optionLine.globalMatch(zh.out); it.hasNext(); ++options) {
                const QString description = it.next().captured(1);
                QVERIFY2(description.contains(chinese),
                         qPrintable(command + QLatin1String(": ") + description));
            }
            QVERIFY2(options >= 3, qPrintable(zh.out)); // -h, --help-all and the command's own
            const CliRun en = runCli(args, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
            QCOMPARE(en.code, 0);
            QVERIFY2(!en.out.contains(kHan), qPrintable(en.out));
        }
    }

    // A wrong command line is told in the same one language: the command's own reason and the pointer to
    // its --help.
    void usageErrorsAreInOneLanguage()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("import")}, QStringList{QStringLiteral("info")},
              QStringList{QStringLiteral("import"), QStringLiteral("a.shp"), QStringLiteral("--district"),
                          QStringLiteral("x"), QStringLiteral("--district-field"), QStringLiteral("D")}}) {
            CliRun r = runCli(args, {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(kHan) && englishPhrases(r.err).isEmpty(), qPrintable(r.err));
            r = runCli(args, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
            QCOMPARE(r.code, 2);
            QVERIFY2(!r.err.contains(kHan) && r.err.contains(QLatin1String("missing")) != (args.size() > 2),
                     qPrintable(r.err));
        }
    }

    // The man pages are written from --help under LC_ALL=C.UTF-8 (packaging/manpages.sh): English.
    void helpUnderCLocaleIsEnglish()
    {
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--help")},
                                {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                                 {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(kHan) && r.out.contains(QLatin1String("Usage:")), qPrintable(r.out));
    }

    void languageFromEnvironment()
    {
        const QByteArray all = qgetenv("LC_ALL"), messages = qgetenv("LC_MESSAGES"), lang = qgetenv("LANG");
        qunsetenv("LC_ALL");
        qunsetenv("LC_MESSAGES");
        qputenv("LANG", "zh_CN.UTF-8");
        QCOMPARE(Language::fromEnvironment(), QStringLiteral("zh"));
        qputenv("LC_MESSAGES", "en_GB.UTF-8");
        QCOMPARE(Language::fromEnvironment(), QStringLiteral("en"));
        qputenv("LC_ALL", "zh_TW");
        QCOMPARE(Language::fromEnvironment(), QStringLiteral("zh"));
        qputenv("LC_ALL", "C.UTF-8");
        QCOMPARE(Language::fromEnvironment(), QStringLiteral("en"));
        qunsetenv("LC_ALL");
        qunsetenv("LC_MESSAGES");
        qunsetenv("LANG");
        QCOMPARE(Language::fromEnvironment(), QStringLiteral("en"));
        qputenv("LC_ALL", all);
        qputenv("LC_MESSAGES", messages);
        qputenv("LANG", lang);
    }

    // Names of data follow the language too: `show` names the ecosystem and the status in it alone.
    void showNamesValuesInTheLanguage()
    {
        const QString cache = m_dir.filePath(QStringLiteral("show.gpkg"));
        makeTestCache(cache);
        const QStringList show{QStringLiteral("show"), QStringLiteral("--cache"), cache,
                               QStringLiteral("--parcel"), QStringLiteral("XH-001")};
        const auto line = [](const QString &out, const QString &start) {
            for (const QString &l : out.split(QLatin1Char('\n')))
                if (l.startsWith(start))
                    return l;
            return QString();
        };
        CliRun r = runCli(show, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
        QCOMPARE(r.code, 0);
        QCOMPARE(line(r.out, QStringLiteral("Ecosystem:")),
                 QStringLiteral("Ecosystem:    Biomedicine (bio)"));
        r = runCli(show, {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
        QCOMPARE(r.code, 0);
        QVERIFY2(line(r.out, QStringLiteral("生态圈")).contains(QStringLiteral("生物医药 (bio)")),
                 qPrintable(r.out));
        r = runCli(show + QStringList{QStringLiteral("--lang"), QStringLiteral("en")},
                   {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
        QVERIFY2(line(r.out, QStringLiteral("Ecosystem:")).endsWith(QStringLiteral("Biomedicine (bio)")),
                 qPrintable(r.out));
    }

    // History and the batch preview word fields and values as the window does, in the CLI's language;
    // --json keeps the stored keys.
    void historyAndBatchReportNameFieldsAndValues()
    {
        const QString cache = m_dir.filePath(QStringLiteral("history.gpkg"));
        makeTestCache(cache);
        const QMap<QString, QString> en{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}};
        const QMap<QString, QString> zh{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}};
        const QStringList parcel{QStringLiteral("--cache"), cache, QStringLiteral("--parcel"),
                                 QStringLiteral("XH-001")};
        CliRun r = runCli(QStringList{QStringLiteral("assign")} + parcel +
                              QStringList{QStringLiteral("--ecosystem"), QStringLiteral("iot")},
                          en);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const QStringList history = QStringList{QStringLiteral("history")} + parcel;
        r = runCli(history, en);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Edit  Ecosystem: Biomedicine → Smart IoT")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("ecosystem")) && !r.out.contains(QStringLiteral("→ iot")),
                 qPrintable(r.out));
        r = runCli(history, zh);
        QVERIFY2(r.out.contains(QStringLiteral("编辑  生态圈：生物医药 → 智能物联")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Ecosystem")), qPrintable(r.out));
        r = runCli(history + QStringList{QStringLiteral("--json")}, zh);
        QVERIFY2(r.out.contains(QStringLiteral("\"field\": \"ecosystem\"")) &&
                     r.out.contains(QStringLiteral("\"new_value\": \"iot\"")),
                 qPrintable(r.out));

        const QString csv = m_dir.filePath(QStringLiteral("batch.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,district,ecosystem,land_mu\nXH-001,西湖区,bio,20\n");
        f.close();
        const QStringList batch{
            QStringLiteral("batch"),    QStringLiteral("--cache"), cache, QStringLiteral("--csv"), csv,
            QStringLiteral("--dry-run")};
        r = runCli(batch, en);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Ecosystem: Smart IoT → Biomedicine; Land (mu): 40 → 20")),
                 qPrintable(r.out));
        r = runCli(batch, zh);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("生态圈：智能物联 → 生物医药; 用地（亩）：40 → 20")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("land_mu")) && !r.out.contains(QStringLiteral(" line ")),
                 qPrintable(r.out));
    }

    // Tables of lists (targets, info, the per-mu evaluation) head their columns in the CLI's language and
    // name ecosystems in it; the columns line up with Chinese text too.
    void listHeadingsFollowTheLanguage()
    {
        const QString cache = m_dir.filePath(QStringLiteral("lists.gpkg"));
        makeIndicatorCache(cache);
        const QStringList targets{QStringLiteral("targets"), QStringLiteral("list"),
                                  QStringLiteral("--cache"), cache};
        const QStringList info{QStringLiteral("info"), QStringLiteral("--cache"), cache};
        const QStringList evaluate{QStringLiteral("evaluate"), QStringLiteral("--cache"), cache,
                                   QStringLiteral("--year"), QStringLiteral("2025")};
        const QMap<QString, QString> en{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}};
        const QMap<QString, QString> zh{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}};
        const auto firstLine = [](const CliRun &r) { return r.out.section(QLatin1Char('\n'), 0, 0); };

        CliRun r = runCli(targets, en);
        QCOMPARE(r.code, 0);
        QVERIFY2(firstLine(r).startsWith(QStringLiteral("Year Ecosystem   District Land (mu)")),
                 qPrintable(r.out));
        QVERIFY2(!firstLine(r).contains(kHan) && r.out.contains(QStringLiteral("Biomedicine")),
                 qPrintable(r.out));
        r = runCli(targets + QStringList{QStringLiteral("--lang"), QStringLiteral("zh")}, en);
        QVERIFY2(firstLine(r).startsWith(QStringLiteral("年份 生态圈   区县   用地(亩)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("生物医药")) && !r.out.contains(QStringLiteral("Biomedicine")),
                 qPrintable(r.out));
        // The figures end in one column whatever the width of the district's name.
        const QStringList rows = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(rows.size() == 3);
        const auto cells = [](const QString &line) {
            return line.size() + line.count(kHan);
        }; // 汉字: 2 cells
        QCOMPARE(cells(rows[1]), cells(rows[2]));

        r = runCli(info, en);
        QVERIFY2(
            r.out.contains(QStringLiteral("Parcels Area (mu) Land (mu) Energy (tce) Finance (10k yuan)")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  Biomedicine ")) &&
                     !r.out.contains(QStringLiteral("生物医药")),
                 qPrintable(r.out));
        r = runCli(info, zh);
        QVERIFY2(r.out.contains(QStringLiteral("地块数 面积(亩) 用地(亩) 用能(tce) 金融(万元)")),
                 qPrintable(r.out));

        r = runCli(evaluate, en);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Tax per mu")) && !r.out.contains(QStringLiteral("亩均")),
                 qPrintable(r.out));
        r = runCli(evaluate, zh);
        QVERIFY2(r.out.contains(QStringLiteral("亩均税收")) && !r.out.contains(QStringLiteral("Tax per mu")),
                 qPrintable(r.out));
    }

    // A core message: English without a translator, Chinese with the zh catalogue, still naming the file.
    void coreMessagesFollowTheInstalledCatalogue()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.csv"));
        auto message = [&] {
            try {
                readInputFile(path, kMaxCsvBytes);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        const QString english = message();
        QVERIFY2(english.contains(QLatin1String("no such file")) && english.contains(path),
                 qPrintable(english));
        QVERIFY(!english.contains(kHan));

        QVERIFY(Language::installTranslator(QCoreApplication::instance(), QStringLiteral("zh")));
        const QString chinese = message();
        QVERIFY2(chinese.contains(QStringLiteral("文件不存在")) && chinese.contains(path),
                 qPrintable(chinese));
        QVERIFY2(!chinese.contains(QLatin1String("no such file")), qPrintable(chinese));
        QCOMPARE(Cancelled().message(), QStringLiteral("操作已取消，未做任何修改。"));
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QCOMPARE(message(), english);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
