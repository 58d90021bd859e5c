"""Demo industrial chains for the synthetic parcels (called by generate_parcels.py --chains).

Writes, beside the parcels, five CSV files the demo cache build feeds to zhili-cli (resources/demo_chains.cmake):

    NAME_chains.csv         chains import: every chain the parcels name, links by stage with `supplies`
    NAME_enterprises.csv    enterprises import: the parcels' enterprises on their chain's links, with figures
    NAME_key_districts.csv  key-districts set: the ecosystems' key districts (candidate parcels of missing links)
    NAME_events.csv         events add: matchmaking events (对接活动)
    NAME_issues.csv         chain-issues add (and close): blockages (堵点难点)

Leaders and teams are placeholders ("市领导（示例）"); enterprises are the parcels' fictitious ones. Exactly one
link per ecosystem (MISSING) gets no enterprise, so the gap analysis shows a missing link (补链) on first run.
Deterministic: its own random generator seeded from --seed, so the parcels stay byte-identical.
"""

import csv
import os
import random

# ecosystem → chain → [(link, stage, [links it supplies])], upstream first.
CHAIN_LINKS = {
    "智能物联": {
        "视觉智能": [("图像传感器", "上游", ["智能摄像机"]), ("视觉算法", "中游", ["智能摄像机", "安防系统集成"]),
                 ("智能摄像机", "中游", ["安防系统集成"]), ("安防系统集成", "下游", [])],
        "集成电路": [("芯片设计", "上游", ["晶圆制造"]), ("晶圆制造", "上游", ["封装测试"]),
                 ("封装测试", "中游", ["模组"]), ("模组", "中游", ["整机终端"]), ("整机终端", "下游", [])],
        "网络通信": [("光器件", "上游", ["通信设备"]), ("通信设备", "中游", ["网络运营服务"]),
                 ("网络运营服务", "下游", [])],
        "软件与人工智能": [("基础软件", "上游", ["算法模型"]), ("算法模型", "中游", ["行业应用"]),
                    ("行业应用", "下游", [])],
        "云计算与大数据": [("数据中心", "上游", ["云平台"]), ("云平台", "中游", ["数据服务"]), ("数据服务", "下游", [])],
        "智能仪器仪表": [("传感器", "上游", ["仪器整机"]), ("仪器整机", "中游", ["检测服务"]), ("检测服务", "下游", [])],
    },
    "生物医药": {
        "创新药": [("原料药", "上游", ["创新药研发", "仿制药"]), ("创新药研发", "中游", ["制剂"]),
                ("仿制药", "中游", ["制剂"]), ("制剂", "中游", ["医药流通"]), ("医药流通", "下游", [])],
        "医疗器械": [("医用材料", "上游", ["器械制造"]), ("器械制造", "中游", ["医疗服务"]), ("医疗服务", "下游", [])],
        "生物技术服务": [("试剂耗材", "上游", ["研发外包"]), ("研发外包", "中游", ["生产外包"]),
                   ("生产外包", "下游", [])],
    },
    "高端装备": {
        "工业机器人": [("精密减速器", "上游", ["机器人本体"]), ("伺服电机", "上游", ["机器人本体"]),
                  ("机器人本体", "中游", ["系统集成"]), ("系统集成", "下游", [])],
        "增材制造": [("打印材料", "上游", ["打印设备"]), ("打印设备", "中游", ["打印服务"]), ("打印服务", "下游", [])],
        "数控机床": [("功能部件", "上游", ["机床整机"]), ("数控系统", "上游", ["机床整机"]),
                 ("机床整机", "中游", ["智能产线"]), ("智能产线", "下游", [])],
        "智能成套装备": [("关键部件", "上游", ["成套装备"]), ("成套装备", "中游", ["工程总包"]), ("工程总包", "下游", [])],
    },
    "新材料": {
        "功能薄膜": [("树脂原料", "上游", ["基膜制造"]), ("基膜制造", "中游", ["膜材加工"]), ("膜材加工", "下游", [])],
        "先进化工材料": [("基础化工原料", "上游", ["高分子合成"]), ("高分子合成", "中游", ["改性材料"]),
                   ("改性材料", "下游", [])],
        "高性能纤维": [("纤维原丝", "上游", ["碳纤维"]), ("碳纤维", "中游", ["复合材料制品"]),
                  ("复合材料制品", "下游", [])],
    },
    "绿色能源": {
        "锂电储能": [("正负极材料", "上游", ["电芯"]), ("电芯", "中游", ["储能系统"]), ("储能系统", "下游", [])],
        "光伏": [("硅料硅片", "上游", ["电池组件"]), ("电池组件", "中游", ["光伏电站"]), ("光伏电站", "下游", [])],
        "抽水蓄能装备": [("水泵水轮机部件", "上游", ["机组成套"]), ("机组成套", "中游", ["电站运维"]),
                   ("电站运维", "下游", [])],
        "氢能": [("制氢", "上游", ["储运加注"]), ("储运加注", "中游", ["燃料电池应用"]), ("燃料电池应用", "下游", [])],
    },
}

# The one link per ecosystem no enterprise of the city sits on (补链), so the gap analysis has something to show.
MISSING = {"智能物联": ("集成电路", "晶圆制造"), "生物医药": ("创新药", "原料药"),
           "高端装备": ("工业机器人", "精密减速器"), "新材料": ("高性能纤维", "碳纤维"), "绿色能源": ("氢能", "制氢")}

# Key districts (重点落地区县) per ecosystem: where candidate parcels for a missing link are looked for.
KEY_DISTRICTS = {"智能物联": ["滨江区", "余杭区", "西湖区"], "生物医药": ["钱塘区", "余杭区", "临平区"],
                 "高端装备": ["萧山区", "临平区", "富阳区"], "新材料": ["建德市", "富阳区", "钱塘区"],
                 "绿色能源": ["钱塘区", "淳安县", "建德市"]}

LEADER_TITLES = ["市长", "常务副市长", "副市长", "副市长", "市政府秘书长"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
YEAR = 2025  # the year of the enterprise figures and events
EVENT_KINDS = ["产业链上下游对接会", "“十链百场万企”专场对接活动", "供需对接洽谈会", "链主企业配套对接会"]
ISSUES = ["本地配套率低，关键原材料依赖外地", "中试平台不足，项目落地慢", "专业人才招引难",
          "配套用地指标紧张", "上下游企业信息不对称", "融资渠道单一，首贷难"]
OWNERS = ["市经信局", "市发改委", "市科技局", "市人社局", "市规划和自然资源局", "市金融办"]


def write_csv(path, header, rows):
    # UTF-8 with BOM: what the importers read and what spreadsheet users expect.
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def chain_rows(rng):
    rows = []
    for ei, (eco, chains) in enumerate(CHAIN_LINKS.items()):
        for ci, (chain, links) in enumerate(chains.items()):
            leader = "%s%s（示例）" % (rng.choice(SURNAMES), LEADER_TITLES[(ei + ci) % len(LEADER_TITLES)])
            team = "%s产业链工作专班（示例）" % chain
            for li, (link, stage, supplies) in enumerate(links):
                rows.append([eco, chain, link, stage, ";".join(supplies)] + ([leader, team] if li == 0 else ["", ""]))
    return rows


def enterprises_by_chain(records):
    """enterprise → (ecosystem, chain, [(district, code, land, energy)]), first chain seen (one chain each)."""
    out = {}
    for district, code, eco, chain, enterprise, land, energy, _status in records:
        if not (eco and chain and enterprise):
            continue
        if chain not in CHAIN_LINKS.get(eco, {}):
            raise SystemExit("chain %s of %s is not in generate_chains.CHAIN_LINKS" % (chain, eco))
        entry = out.setdefault(enterprise, (eco, chain, []))
        if entry[1] == chain:
            entry[2].append((district, code, land or 0.0, energy or 0.0))
    return out


def enterprise_row(rng, name, eco, chain, parcels):
    links = [l[0] for l in CHAIN_LINKS[eco][chain] if (chain, l[0]) != MISSING[eco]]
    k = rng.randrange(len(links))
    seats = [links[k]]
    if rng.random() < 0.1 and k + 1 < len(links):
        seats.append(links[k + 1])  # a few enterprises span two neighbouring links
    mu = sum(p[2] for p in parcels) or 1.0
    revenue = round(mu * rng.uniform(150, 1500), 1)
    value_added = round(revenue * rng.uniform(0.18, 0.35), 1)
    return [name, YEAR, ";".join(p[1] for p in parcels), round(revenue * rng.uniform(0.03, 0.08), 1), value_added,
            round(sum(p[3] for p in parcels) or mu * 3, 1), max(5, int(mu * rng.uniform(1, 6))),
            round(revenue * rng.uniform(0.01, 0.07), 1), revenue, round(mu * rng.uniform(0.5, 8), 1),
            chain, ";".join(seats)]


def event_rows(rng, seated):
    rows = []
    for eco in CHAIN_LINKS:
        for chain in [c for c in CHAIN_LINKS[eco] if (eco, c) in set(seated.values())][:2]:
            members = sorted(n for n, (e, c) in seated.items() if e == eco and c == chain)
            month = 3 + len(rows)
            rows.append(["%d-%02d-%02d" % (YEAR, month, 10 + rng.randrange(15)), eco, chain,
                         "%s%s" % (chain, rng.choice(EVENT_KINDS)), rng.choice(KEY_DISTRICTS[eco]),
                         "；".join(rng.sample(members, min(len(members), rng.randint(3, 6)))),
                         rng.randint(2, 12), rng.randint(5, 80) * 100, rng.randint(0, 30) * 500])
    return rows


def issue_rows(rng):
    rows = []
    for eco, (chain, link) in MISSING.items():
        rows.append([eco, chain, "%s环节缺失，需招引补链项目" % link, "", rng.choice(OWNERS),
                     "%d-%02d-%02d" % (YEAR, rng.randint(1, 4), rng.randint(1, 28)), ""])
        other = list(CHAIN_LINKS[eco])[0]
        opened = "%d-%02d-%02d" % (YEAR, rng.randint(1, 6), rng.randint(1, 28))
        closed = "%d-%02d-%02d" % (YEAR, rng.randint(8, 11), rng.randint(1, 28)) if len(rows) % 4 == 1 else ""
        rows.append([eco, other, rng.choice(ISSUES), rng.choice(KEY_DISTRICTS[eco]), rng.choice(OWNERS), opened,
                     closed])
    return rows


def write_chain_files(args, records):
    rng = random.Random(args.seed * 31 + 12)
    out = lambda what: os.path.join(args.out, "%s_%s.csv" % (args.name, what))
    write_csv(out("chains"), ["ecosystem", "chain", "link", "stage", "supplies", "leader", "team"], chain_rows(rng))
    enterprises = enterprises_by_chain(records)
    write_csv(out("enterprises"), ["name", "year", "parcels", "tax_wan", "value_added_wan", "energy_tce",
                                   "employees", "rd_wan", "revenue_wan", "emissions_t", "chain", "link"],
              [enterprise_row(rng, n, e, c, p) for n, (e, c, p) in sorted(enterprises.items())])
    write_csv(out("key_districts"), ["ecosystem", "district"],
              [[eco, d] for eco, ds in KEY_DISTRICTS.items() for d in ds])
    seated = {n: (e, c) for n, (e, c, _p) in enterprises.items()}
    write_csv(out("events"), ["date", "ecosystem", "chain", "title", "district", "enterprises", "projects",
                              "orders_wan", "financing_wan"], event_rows(rng, seated))
    write_csv(out("issues"), ["ecosystem", "chain", "text", "district", "owner", "opened", "closed"],
              issue_rows(rng))
