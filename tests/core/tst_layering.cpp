// Dependencies point one way (app → maps → core): core has no QtGui/QtWidgets, maps has no QtWidgets,
// GDAL/PROJ stay behind core/io and core/crs, and SQLite (the header and SQL text) behind core. Checked on
// the sources and on a linked core-only binary.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <functional>

class TestLayering : public QObject {
    Q_OBJECT

    struct Offence {
        QString file;
        int line;
        QString text;
    };

    /// Lines of sources under `folder`, outside `skippedSubfolders`, that `offends` picks out.
    static QList<Offence> scanLines(const QString &folder,
                                    const std::function<bool(const QString &)> &offends,
                                    const QStringList &skippedSubfolders = {})
    {
        QList<Offence> found;
        const QString root = QStringLiteral(ZHILI_SOURCE_DIR) + QLatin1Char('/') + folder;
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(root.size() + 1);
            if (std::any_of(skippedSubfolders.begin(), skippedSubfolders.end(),
                            [&](const QString &s) { return rel.startsWith(s + QLatin1Char('/')); }))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int n = 0;
            while (!f.atEnd()) {
                ++n;
                const QString line = QString::fromUtf8(f.readLine()).trimmed();
                if (offends(line))
                    found.append({rel, n, line});
            }
        }
        return found;
    }

    /// #include lines under `folder` that name a `banned` header.
    static QList<Offence> scan(const QString &folder, const QRegularExpression &banned,
                               const QStringList &allowedSubfolders = {})
    {
        return scanLines(
            folder,
            [&](const QString &line) {
                return line.startsWith(QLatin1String("#include")) && banned.match(line).hasMatch();
            },
            allowedSubfolders);
    }

    /// SQL statements in string literals: an upper-case keyword that starts a statement, inside quotes.
    static const QRegularExpression &sqlInLiteral()
    {
        static const QRegularExpression sql(
            QString::fromLatin1("\"[^\"]*\\b(SELECT|INSERT\\s+(OR\\s+[A-Z]+\\s+)?INTO|UPDATE\\s+\\S+\\s+SET"
                                "|DELETE\\s+FROM|REPLACE\\s+INTO|CREATE\\s+(TEMP\\s+|TEMPORARY\\s+|UNIQUE\\s+"
                                "|VIRTUAL\\s+)?(TABLE|INDEX|TRIGGER|VIEW)|DROP\\s+(TABLE|INDEX|TRIGGER"
                                "|VIEW)|ALTER\\s+TABLE|PRAGMA|BEGIN\\s+(IMMEDIATE|EXCLUSIVE|DEFERRED"
                                "|TRANSACTION)|SAVEPOINT)\\b"));
        return sql;
    }

    /// Lines of sources under `folder` that match `pattern` anywhere (not only #include lines).
    static QList<Offence> scanText(const QString &folder, const QRegularExpression &pattern)
    {
        return scanLines(folder, [&](const QString &line) {
            return !line.startsWith(QLatin1String("//")) && pattern.match(line).hasMatch();
        });
    }

    static QString describe(const QList<Offence> &list)
    {
        QStringList lines;
        for (const Offence &o : list)
            lines << QStringLiteral("%1:%2: %3").arg(o.file).arg(o.line).arg(o.text);
        return lines.join(QLatin1Char('\n'));
    }

    /// Fails the running test when there are offences, listing each under the rule they break.
    static void verifyNone(const QList<Offence> &offences, const QString &rule)
    {
        QVERIFY2(offences.isEmpty(), qPrintable(rule + QStringLiteral(":\n") + describe(offences)));
    }

private Q_SLOTS:
    void coreHasNoGuiOrWidgets()
    {
        static const QRegularExpression gui(QStringLiteral(
            R"(<(QtGui|QtWidgets|QtSvg|QtPrintSupport|QtCharts)/|<Q(Image|Color|Painter|Pixmap|Font|FontMetrics|Pen|Brush|Widget|Application|GuiApplication|Polygon|PolygonF|PainterPath|Transform|UndoCommand|UndoStack|Icon|Action)>)"));
        verifyNone(scan(QStringLiteral("core"), gui), QStringLiteral("core must stay QtCore-only"));
    }

    void mapsHasNoWidgets()
    {
        static const QRegularExpression widgets(QStringLiteral(
            R"(<(QtWidgets|QtCharts)/|<Q(Widget|Application|MainWindow|Dialog|Label|DockWidget)>)"));
        verifyNone(scan(QStringLiteral("maps"), widgets), QStringLiteral("maps must not use widgets"));
    }

    void gdalAndProjStayBehindWrappers()
    {
        static const QRegularExpression gdal(QStringLiteral(
            R"(<(gdal|gdal_priv|ogrsf_frmts|ogr_api|ogr_geometry|ogr_spatialref|ogr_srs_api|cpl_\w+|gdal_\w+)\.h>)"));
        static const QRegularExpression proj(QStringLiteral(R"(<proj\.h>)"));
        for (const QString &module :
             {QStringLiteral("core"), QStringLiteral("maps"), QStringLiteral("app")}) {
            const bool core = module == QLatin1String("core");
            verifyNone(scan(module, gdal,
                            core ? QStringList{QStringLiteral("io"), QStringLiteral("crs")} : QStringList{}),
                       QStringLiteral("GDAL headers outside core/io, core/crs"));
            // app/cli/light/lazyproj.cpp forwards core/crs's PROJ calls to a libproj loaded on first use.
            const QStringList projAllowed = core ? QStringList{QStringLiteral("crs")}
                                            : module == QLatin1String("app")
                                                ? QStringList{QStringLiteral("cli/light")}
                                                : QStringList{};
            verifyNone(scan(module, proj, projAllowed),
                       QStringLiteral("proj.h outside core/crs and the light CLI's loader"));
        }
    }

    void sqliteStaysInCore()
    {
        static const QRegularExpression sqlite(QStringLiteral("<sqlite3\\.h>|\"sqlite3\\.h\""));
        for (const QString &module : {QStringLiteral("maps"), QStringLiteral("app")}) {
            verifyNone(scan(module, sqlite), QStringLiteral("sqlite3.h outside core"));
        }
    }

    void rawSqliteHandleStaysInCoreCache()
    {
        // SqliteDatabase::handle() is for core/cache's own statements, blob I/O and SQL functions only: the
        // header keeps it private, and no code elsewhere (tests and benchmarks included) calls it.
        static const QRegularExpression handle(QStringLiteral("(\\.|->)handle\\(\\)"));
        QList<Offence> o = scanText(QStringLiteral("maps"), handle) +
                           scanText(QStringLiteral("app"), handle) +
                           scanText(QStringLiteral("bench"), handle);
        for (const Offence &c : scanText(QStringLiteral("core"), handle))
            if (!c.file.startsWith(QLatin1String("cache/")))
                o.append(c);
        for (const Offence &c : scanText(QStringLiteral("tests"), handle))
            if (!c.file.endsWith(QLatin1String("tst_layering.cpp")))
                o.append(c);
        verifyNone(o, QStringLiteral("sqlite3 handle outside core/cache"));
    }

    void rawSqliteHandleIsPrivate()
    {
        // handle() must be declared after SqliteDatabase's `private:` (before the next class starts).
        QFile f(QStringLiteral(ZHILI_SOURCE_DIR "/core/cache/sqlitedatabase.h"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(f.readAll());
        const qsizetype begin = header.indexOf(QLatin1String("class SqliteDatabase {"));
        QVERIFY(begin >= 0);
        const qsizetype end = header.indexOf(QLatin1String("\nclass "), begin + 1);
        const QString body = header.mid(begin, end < 0 ? -1 : end - begin);
        static const QRegularExpression decl(QStringLiteral("\\bhandle\\(\\)\\s*const"));
        const qsizetype at = body.indexOf(decl);
        QVERIFY2(at >= 0, "SqliteDatabase::handle() not found in core/cache/sqlitedatabase.h");
        static const QRegularExpression access(QStringLiteral("^(public|protected|private):"),
                                               QRegularExpression::MultilineOption);
        QString section = QStringLiteral("private"); // a class starts private
        for (auto it = access.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedStart() > at)
                break;
            section = m.captured(1);
        }
        QCOMPARE(section, QStringLiteral("private"));
    }

    void sqlPatternRecognisesStatements_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("sql");
        QTest::newRow("select") << QString::fromLatin1(
                                       "auto st = db.prepare(QStringLiteral(\"SELECT fid FROM parcels\"));")
                                << true;
        QTest::newRow("select split")
            << QString::fromLatin1("QStringLiteral(\"SELECT fid, code, name, \")") << true;
        QTest::newRow("insert or replace")
            << QString::fromLatin1("\"INSERT OR REPLACE INTO zhili_styles (layer) VALUES (?)\"") << true;
        QTest::newRow("update") << QString::fromLatin1("\"UPDATE parcels SET ecosystem = ?\"") << true;
        QTest::newRow("delete") << QString::fromLatin1("db.exec(QStringLiteral(\"DELETE FROM temp.%1\"));")
                                << true;
        QTest::newRow("create temp table")
            << QString::fromLatin1("\"CREATE TEMP TABLE IF NOT EXISTS t (fid INTEGER)\"") << true;
        QTest::newRow("create trigger")
            << QString::fromLatin1("\"CREATE TRIGGER IF NOT EXISTS x AFTER INSERT ON parcels\"") << true;
        QTest::newRow("savepoint") << QString::fromLatin1(
                                          "db.exec(QStringLiteral(\"SAVEPOINT zhili_table_selection\"));")
                                   << true;
        QTest::newRow("ui text") << QString::fromLatin1("tr(\"Select parcels by filter\")") << false;
        QTest::newRow("ui delete") << QString::fromLatin1("tr(\"Delete from the selection\")") << false;
        QTest::newRow("identifier") << QString::fromLatin1(
                                           "m_select->setText(QStringLiteral(\"selected only\"));")
                                    << false;
        QTest::newRow("no literal") << QString::fromLatin1("SELECT_ALL = 3,") << false;
    }

    void sqlPatternRecognisesStatements()
    {
        QFETCH(QString, line);
        QFETCH(bool, sql);
        QCOMPARE(sqlInLiteral().match(line).hasMatch(), sql);
    }

    void noSqlTextOutsideCore()
    {
        // Every statement lives behind core/cache (query objects and stores); maps and app call those.
        for (const QString &module : {QStringLiteral("maps"), QStringLiteral("app")}) {
            verifyNone(scanText(module, sqlInLiteral()),
                       QStringLiteral("SQL in %1 (move it behind core/cache)").arg(module));
        }
    }

    void coreOnlyBinaryDoesNotLoadQtGui()
    {
        // This very test links zhili_core and QtTest only; if core pulled in QtGui, the loader would show it.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QCoreApplication::applicationFilePath()});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Gui")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Widgets")), qPrintable(libs));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
