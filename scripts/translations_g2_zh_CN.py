#!/usr/bin/env python3
# Fills the Chinese translations of G2's desktop classes (attribute table, editor dock, batch/import/user dialogs,
# history widget) into a Qt Linguist .ts file; idempotent, run after lupdate if any of them show as unfinished:
#   python3 scripts/translations_g2_zh_CN.py resources/translations/zhili_zh_CN.ts [lupdate-output-with-our-contexts.ts]
# G2's Chinese translations, keyed by (class, English source). Applied to a .ts file idempotently.
import sys, re
import xml.etree.ElementTree as ET

T = {
 'AttributeTableDock': {
  'Attribute table': '属性表', 'Code, name or enterprise': '编号、名称或企业', 'Show selected only': '仅显示选中',
  'All districts': '全部区县', 'All ecosystems': '全部生态圈', 'Unassigned': '未分配', 'All statuses': '全部状态',
  '%1 (low efficiency)': '%1（低效）', 'Status not set': '未设状态', 'Filter': '筛选', 'No cache open': '未打开缓存',
  '%1 parcels shown, %2 selected': '显示 %1 个地块，已选 %2 个',
 },
 'BatchAssignDialog': {
  'format': '格式错误', 'unknown code': '编号不存在', 'ambiguous code': '编号不唯一', 'parcel twice': '地块重复',
  'invalid value': '数值无效', 'not allowed': '无权修改', 'Batch assignment from CSV': '从 CSV 批量分配',
  'CSV with columns code, ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes':
   'CSV 列：code, ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes',
  'Choose CSV…': '选择 CSV…', 'Choose a CSV file: nothing changes until you press Apply.': '请选择 CSV 文件：按“全部应用”之前不会修改任何数据。',
  'What will change (old → new)': '将要修改的内容（原值 → 新值）', 'Line': '行', 'Code': '编号', 'District': '区县',
  'Field': '字段', 'Old': '原值', 'New': '新值',
  'Rows that do not match (fix them in the file and choose it again)': '无法匹配的行（请在文件中改正后重新选择）',
  'Problem': '问题', 'Reason': '原因', 'Apply all': '全部应用', 'Choose a CSV file': '选择 CSV 文件',
  'CSV files (*.csv *.txt);;All files (*)': 'CSV 文件 (*.csv *.txt);;所有文件 (*)',
  'Cannot read %1: %2': '无法读取 %1：%2',
  '%1: %2 rows (%3), %4 parcels will change, %5 rows already hold these values.': '%1：共 %2 行（%3），%4 个地块将被修改，%5 行已是这些值。',
  '%n row(s) do not match: nothing can be applied until the file is fixed (all or nothing).': ['%n 行无法匹配：文件改正前不能应用（全部或全不）。'],
  'Nothing to apply.': '没有需要应用的修改。', 'Nothing was changed: %1': '未作任何修改：%1',
  'Applied to %n parcel(s) as one step (Edit → Undo reverts it).': ['已作为一步修改 %n 个地块（编辑 → 撤销可还原）。'],
 },
 'ImportDialog': {
  'Import parcels': '导入地块', 'Shapefile (.shp or .zip), GeoPackage or GeoJSON': 'Shapefile（.shp 或 .zip）、GeoPackage 或 GeoJSON',
  'Choose file…': '选择文件…', 'File': '文件', 'Layer': '图层', 'Detect': '自动检测', 'Override': '指定编码',
  'Text encoding': '文字编码',
  'e.g. EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000)': '例如 EPSG:4549（东坐标约 515000）或 EPSG:4528（东坐标约 40515000）',
  'Coordinate system': '坐标系', 'All parcels in district': '全部地块属于区县', 'District from field': '区县取自字段',
  'District': '区县', 'Attribute values as they will be decoded': '按所选编码解码后的属性值', 'Field': '字段', 'Type': '类型',
  'Sample values': '示例值', 'Field mapping (proposed; change if wrong)': '字段对应（自动建议，如有误请修改）',
  'Meaning': '含义', 'Source field': '源字段', 'Import': '导入', 'Cancel import': '取消导入',
  'Choose parcels to import': '选择要导入的地块', 'Parcel layers (*.shp *.zip *.gpkg *.geojson *.json);;All files (*)': '地块图层 (*.shp *.zip *.gpkg *.geojson *.json);;所有文件 (*)',
  '%1 (%2, %3 features)': '%1（%2，%3 个要素）', '%1 (%2): ready to import into %3.': '%1（%2）：可以导入到 %3。',
  'Cannot decide: %1 Choose an encoding on the right.': '无法判断：%1 请在右侧指定编码。', '%1 — %2': '%1 — %2',
  'Detected: %1 %2. %3': '检测到：%1 %2。%3', 'Leave empty to use the detected system': '留空则使用检测到的坐标系',
  'No coordinate system in the file (%1). Enter it: Hangzhou data is usually EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000).':
   '文件中没有坐标系（%1）。请填写：杭州数据通常为 EPSG:4549（东坐标约 515000）或 EPSG:4528（东坐标约 40515000）。',
  '(none)': '（无）', 'Layer %1 holds %2, not polygons: choose a parcel layer.': '图层 %1 是 %2，不是面：请选择地块图层。',
  'Importing %1 …': '正在导入 %1 …', 'Cancelling: the cache is left as it was.': '正在取消：缓存保持原样。',
  'Imported %1 features: %2 inserted, %3 updated, %4 repaired, %5 skipped (empty geometry), %6 missing from this file (kept).':
   '已导入 %1 个要素：新增 %2，更新 %3，修复 %4，跳过 %5（空几何），本文件中缺少 %6 个（已保留）。',
  'Import cancelled. The cache is unchanged.': '导入已取消，缓存未改变。',
  'Import failed. The cache is unchanged.\n\n%1': '导入失败，缓存未改变。\n\n%1', 'Import failed': '导入失败',
  'Parcel code': '地块编号', 'Parcel name': '地块名称', 'Land use': '用地性质', 'Ecosystem': '生态圈', 'Chain': '产业链',
  'Land (mu)': '用地（亩）', 'Energy (tce/yr)': '用能（吨标煤/年）', 'Finance (10k yuan)': '金融（万元）', 'Status': '状态',
  'Enterprise': '企业', 'Notes': '备注',
 },
 'ParcelEditorDock': {
  'Parcel editor': '地块编辑', 'Current parcel': '当前地块', 'Whole selection': '全部选中地块', ' mu': ' 亩',
  ' tce/yr': ' 吨标煤/年', ' 10k yuan': ' 万元', 'Ecosystem': '生态圈', 'Chain': '产业链', 'Land (mu)': '用地（亩）',
  'Energy (tce/yr)': '用能（吨标煤/年）', 'Finance (10k yuan)': '金融（万元）', 'Status': '状态', 'Enterprise': '企业',
  'Notes': '备注', 'Revert': '还原', 'Apply': '应用', 'Unassigned': '未分配', '(not set)': '（未设置）',
  '%1 %2 (low-efficiency land)': '%1 %2（低效用地）', 'Whole selection (%1 parcels)': '全部选中（%1 个地块）',
  'No cache open.': '未打开缓存。',
  '%1 selected parcels: only the fields you change are applied to all of them.': '已选 %1 个地块：只有您修改的字段会应用到全部地块。',
  'No parcel: click a parcel on the map or a row in the attribute table.': '未选地块：请在地图上点击地块或在属性表中点击一行。',
  'Parcel %1 %2 — %3, %4 mu (%5 ha)': '地块 %1 %2 — %3，%4 亩（%5 公顷）',
  'The cache file is read-only: open a writable copy to edit.': '缓存文件只读：请打开可写的副本再编辑。',
  'No user chosen: choose who you are (File → Choose user) to edit.': '未选择用户：请先选择用户（文件 → 选择用户）再编辑。',
  'Nothing is selected.': '没有选中的地块。', 'No parcel: click a parcel on the map or a row in the table.': '未选地块：请在地图上点击地块或在表中点击一行。',
  'Read-only: %1': '只读：%1', 'Read-only: you may not edit %1 of the %2 parcels. %3': '只读：%2 个地块中有 %1 个您无权编辑。%3',
  'Nothing changed: the parcels already hold these values.': '未作修改：地块已是这些值。', 'Undo / redo failed': '撤销/重做失败',
  'Applied to %n parcel(s).': ['已应用到 %n 个地块。'],
 },
 'ParcelHistoryWidget': {
  'When': '时间', 'Who': '用户', 'Action': '操作', 'Field': '字段', 'Old': '原值', 'New': '新值', 'Result': '结果',
  'No parcel chosen.': '未选地块。', 'Parcel %1 has not been edited.': '地块 %1 尚无修改记录。',
  'History of parcel %1: %2 changes, %3 refused': '地块 %1 的历史：%2 项修改，%3 项被拒绝', 'applied': '已应用',
  'refused: %1': '被拒绝：%1',
 },
 'ParcelTableModel': {
  'Unassigned': '未分配', 'Code': '编号', 'Name': '名称', 'District': '区县', 'Land use': '用地性质', 'Area (mu)': '面积（亩）',
  'Area (ha)': '面积（公顷）', 'Ecosystem': '生态圈', 'Chain': '产业链', 'Land (mu)': '用地（亩）', 'Energy (tce/yr)': '用能（吨标煤/年）',
  'Finance (10k yuan)': '金融（万元）', 'Status': '状态', 'Enterprise': '企业',
 },
 'UserChooserDialog': {
  'City planner': '市级规划', 'District officer': '区县干部', 'Administrator': '管理员', 'Choose user': '选择用户',
  'Who is working on this cache? Your edits are recorded under this name.': '谁在使用此缓存？您的修改将以此名称记录。',
  'Add a user': '添加用户', 'Add': '添加', 'Name': '姓名', 'Role': '角色', 'District': '区县',
  'This cache has no users yet: add yourself as administrator first.': '此缓存还没有用户：请先把自己添加为管理员。',
  '%1 — %2, %3': '%1 — %2，%3', '%1 — %2': '%1 — %2',
  '%1 is a city planner: sees all districts and edits targets and key districts, but not parcels.': '%1 是市级规划人员：可查看所有区县，可编辑目标和重点区县，不能编辑地块。',
  '%1 is a district officer of %2: edits the parcels of %2 only; other districts are read-only.': '%1 是%2的区县干部：只能编辑%2的地块，其他区县只读。',
  '%1 is an administrator: may edit everything and add users.': '%1 是管理员：可编辑全部内容并添加用户。',
 },
}

def fill(path, ref=None):
    tree = ET.parse(path)
    root = tree.getroot()
    missing = []
    contexts = {c.find('name').text: c for c in root.findall('context')}
    # Add our messages to the file when they are not there yet (lupdate run before our code landed).
    if ref:
        rtree = ET.parse(ref)
        for loc in rtree.getroot().iter():
            for l in list(loc.findall('location')):
                loc.remove(l)
        for rc in rtree.getroot().findall('context'):
            name = rc.find('name').text
            if name.split('::')[-1] not in T:
                continue
            c = contexts.get(name)
            if c is None:
                root.append(rc)
                contexts[name] = rc
                continue
            have = {m.find('source').text for m in c.findall('message')}
            for m in rc.findall('message'):
                if m.find('source').text not in have:
                    c.append(m)
    n = 0
    for name, c in contexts.items():
        cls = name.split('::')[-1]
        if cls not in T:
            continue
        for m in c.findall('message'):
            src = m.find('source').text
            tr = T[cls].get(src)
            if tr is None:
                missing.append((cls, src))
                continue
            t = m.find('translation')
            if t is None:
                t = ET.SubElement(m, 'translation')
            for ch in list(t):
                t.remove(ch)
            t.text = None
            t.attrib.pop('type', None)
            if m.get('numerus') == 'yes':
                tr = tr if isinstance(tr, list) else [tr]
                for form in tr:
                    nf = ET.SubElement(t, 'numerusform')
                    nf.text = form
            else:
                t.text = tr if isinstance(tr, str) else tr[0]
            n += 1
    ET.indent(tree, space='    ')
    import io
    buf = io.BytesIO()
    tree.write(buf, encoding='utf-8', xml_declaration=False)
    lines = buf.getvalue().decode('utf-8').split('\n')
    # lupdate's layout: <context> at column 0 under <TS>.
    lines = [l[4:] if l.startswith('    ') else l for l in lines]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + '\n'.join(lines) + '\n')
    print('translated', n, 'missing', missing)

fill(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
