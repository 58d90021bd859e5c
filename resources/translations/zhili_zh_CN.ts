<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssignParcelsCommand</name>
    <message numerus="yes">
        <source>Batch assignment (%n parcel(s))</source>
        <translation>
            <numerusform>批量分配（%n 个地块）</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>将地块 %2 分配至 %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Edit parcel %1</source>
        <translation>编辑地块 %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n parcel(s)</source>
        <translation>
            <numerusform>编辑 %n 个地块</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorEditCommand</name>
    <message>
        <source>Choose a user first (File ▸ Choose user…).</source>
        <translation>请先选择用户（文件 ▸ 选择用户…）。</translation>
    </message>
</context>
<context>
    <name>KeyDistrictsCommand</name>
    <message>
        <source>Edit key districts of %1</source>
        <translation>编辑%1的重点区县</translation>
    </message>
</context>
<context>
    <name>TargetEditCommand</name>
    <message>
        <source>Edit targets</source>
        <translation>编辑考核目标</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>新增目标 %1</translation>
    </message>
    <message>
        <source>Delete target %1</source>
        <translation>删除目标 %1</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>编辑目标 %1</translation>
    </message>
</context>
<context>
    <name>zhili::AttributeTableDock</name>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Code, name or enterprise</source>
        <translation>编号、名称或企业</translation>
    </message>
    <message>
        <source>Show selected only</source>
        <translation>仅显示选中</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>All ecosystems</source>
        <translation>全部生态圈</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>%1 (low efficiency)</source>
        <translation>%1（低效）</translation>
    </message>
    <message>
        <source>Status not set</source>
        <translation>未设状态</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>未打开缓存</translation>
    </message>
    <message>
        <source>%1 parcels shown, %2 selected</source>
        <translation>显示 %1 个地块，已选 %2 个</translation>
    </message>
</context>
<context>
    <name>zhili::BatchAssignDialog</name>
    <message>
        <source>format</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>编号不存在</translation>
    </message>
    <message>
        <source>ambiguous code</source>
        <translation>编号不唯一</translation>
    </message>
    <message>
        <source>parcel twice</source>
        <translation>地块重复</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>数值无效</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>无权修改</translation>
    </message>
    <message>
        <source>Batch assignment from CSV</source>
        <translation>从 CSV 批量分配</translation>
    </message>
    <message>
        <source>CSV with columns code, ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes</source>
        <translation>CSV 列：code, ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes</translation>
    </message>
    <message>
        <source>Choose CSV…</source>
        <translation>选择 CSV…</translation>
    </message>
    <message>
        <source>Choose a CSV file: nothing changes until you press Apply.</source>
        <translation>请选择 CSV 文件：按“全部应用”之前不会修改任何数据。</translation>
    </message>
    <message>
        <source>What will change (old → new)</source>
        <translation>将要修改的内容（原值 → 新值）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Rows that do not match (fix them in the file and choose it again)</source>
        <translation>无法匹配的行（请在文件中改正后重新选择）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Apply all</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3), %4 parcels will change, %5 rows already hold these values.</source>
        <translation>%1：共 %2 行（%3），%4 个地块将被修改，%5 行已是这些值。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not match: nothing can be applied until the file is fixed (all or nothing).</source>
        <translation>
            <numerusform>%n 行无法匹配：文件改正前不能应用（全部或全不）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>没有需要应用的修改。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未作任何修改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n parcel(s) as one step (Edit → Undo reverts it).</source>
        <translation>
            <numerusform>已作为一步修改 %n 个地块（编辑 → 撤销可还原）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::CacheSession</name>
    <message>
        <source>The cache file %1 does not exist. Choose another file or import parcels into a new cache first (zhili-cli import FILE --cache %1).</source>
        <translation>缓存文件 %1 不存在。请选择其他文件，或先把地块导入新的缓存（zhili-cli import 文件 --cache %1）。</translation>
    </message>
</context>
<context>
    <name>zhili::DashboardDock</name>
    <message>
        <source>Computing the indicators…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>指标看板</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>Energy (tce)</source>
        <translation>用能（吨标准煤）</translation>
    </message>
    <message>
        <source>Finance (10k CNY)</source>
        <translation>金融（万元）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>（无数据）</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>⚠ %1 %2 over-allocated: %3 &gt; quota %4</source>
        <translation>⚠ %1 %2 超配：%3 &gt; 配额 %4</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>energy (tce)</source>
        <translation>用能（吨标准煤）</translation>
    </message>
    <message>
        <source>finance (10k CNY)</source>
        <translation>金融（万元）</translation>
    </message>
</context>
<context>
    <name>zhili::IdentifyPanel</name>
    <message>
        <source>Choose the identify tool (I) and click a parcel on the map to see its details.</source>
        <translation>选择“识别”工具（I），在地图上点击地块即可查看详情。</translation>
    </message>
    <message>
        <source>No parcel at this place. Click inside a parcel.</source>
        <translation>此处没有地块，请点击地块内部。</translation>
    </message>
    <message>
        <source>Parcel %1 no longer exists in the cache.</source>
        <translation>地块 %1 已不在缓存中。</translation>
    </message>
    <message>
        <source>Cannot read the parcel: %1</source>
        <translation>无法读取地块：%1</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>地块编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>地块名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Land-use class</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>%1 mu / %2 ha</source>
        <translation>%1 亩 / %2 公顷</translation>
    </message>
    <message>
        <source>Geometry note</source>
        <translation>几何说明</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>产业生态圈</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Industrial chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>用地</translation>
    </message>
    <message>
        <source>%1 mu</source>
        <translation>%1 亩</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>用能</translation>
    </message>
    <message>
        <source>%1 tce/year</source>
        <translation>%1 吨标准煤/年</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>%1 × 10k CNY</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1 (updated %2)</source>
        <translation>%1（更新于 %2）</translation>
    </message>
    <message>
        <source>Source attributes</source>
        <translation>源数据属性</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>No edits yet.</source>
        <translation>尚无修改。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>REFUSED %1</source>
        <translation>已拒绝 %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>无法读取修改历史：%1</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>zhili::ImportDialog</name>
    <message>
        <source>Parcel code</source>
        <translation>地块编号</translation>
    </message>
    <message>
        <source>Parcel name</source>
        <translation>地块名称</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态圈</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>Energy (tce/yr)</source>
        <translation>用能（吨标煤/年）</translation>
    </message>
    <message>
        <source>Finance (10k yuan)</source>
        <translation>金融（万元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Import parcels</source>
        <translation>导入地块</translation>
    </message>
    <message>
        <source>Shapefile (.shp or .zip), GeoPackage or GeoJSON</source>
        <translation>Shapefile（.shp 或 .zip）、GeoPackage 或 GeoJSON</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>指定编码</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <source>Refuse the file (list the codes)</source>
        <translation>拒绝导入（列出重复编号）</translation>
    </message>
    <message>
        <source>Merge into one multipolygon per code</source>
        <translation>按编号合并为一个多面</translation>
    </message>
    <message>
        <source>Number them: code-1, code-2 …</source>
        <translation>编号加序号：编号-1、编号-2 …</translation>
    </message>
    <message>
        <source>Records that share a parcel code in one district (飞地, multi-part parcels)</source>
        <translation>同一区县内编号相同的记录（飞地、多部分宗地）</translation>
    </message>
    <message>
        <source>Repeated codes</source>
        <translation>重复编号</translation>
    </message>
    <message>
        <source>e.g. EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000)</source>
        <translation>例如 EPSG:4549（东坐标约 515000）或 EPSG:4528（东坐标约 40515000）</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>All parcels in district</source>
        <translation>全部地块属于区县</translation>
    </message>
    <message>
        <source>District from field</source>
        <translation>区县取自字段</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Attribute values as they will be decoded</source>
        <translation>按所选编码解码后的属性值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Field mapping (proposed; change if wrong)</source>
        <translation>字段对应（自动建议，如有误请修改）</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>源字段</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Choose parcels to import</source>
        <translation>选择要导入的地块</translation>
    </message>
    <message>
        <source>Parcel layers (*.shp *.zip *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>地块图层 (*.shp *.zip *.gpkg *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 features)</source>
        <translation>%1（%2，%3 个要素）</translation>
    </message>
    <message>
        <source>%1 (%2): ready to import into %3.</source>
        <translation>%1（%2）：可以导入到 %3。</translation>
    </message>
    <message>
        <source>Cannot decide: %1 Choose an encoding on the right.</source>
        <translation>无法判断：%1 请在右侧指定编码。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Detected: %1 %2. %3</source>
        <translation>检测到：%1 %2。%3</translation>
    </message>
    <message>
        <source>Leave empty to use the detected system</source>
        <translation>留空则使用检测到的坐标系</translation>
    </message>
    <message>
        <source>No coordinate system in the file (%1). Enter it: Hangzhou data is usually EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000).</source>
        <translation>文件中没有坐标系（%1）。请填写：杭州数据通常为 EPSG:4549（东坐标约 515000）或 EPSG:4528（东坐标约 40515000）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Layer %1 holds %2, not polygons: choose a parcel layer.</source>
        <translation>图层 %1 是 %2，不是面：请选择地块图层。</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>正在导入 %1 …</translation>
    </message>
    <message>
        <source>Cancelling: the cache is left as it was.</source>
        <translation>正在取消：缓存保持原样。</translation>
    </message>
    <message>
        <source>Imported %1 features: %2 inserted, %3 updated, %4 repaired, %5 skipped (empty geometry), %6 missing from this file (kept).</source>
        <translation>已导入 %1 个要素：新增 %2，更新 %3，修复 %4，跳过 %5（空几何），本文件中缺少 %6 个（已保留）。</translation>
    </message>
    <message>
        <source>Import cancelled. The cache is unchanged.</source>
        <translation>导入已取消，缓存未改变。</translation>
    </message>
    <message>
        <source>Import failed. The cache is unchanged.

%1</source>
        <translation>导入失败，缓存未改变。

%1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>zhili::IndicatorActions</name>
    <message>
        <source>&amp;Indicators</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Targets and key districts…</source>
        <translation>考核目标与重点区县(&amp;T)…</translation>
    </message>
    <message>
        <source>Show target &amp;achievement on the map</source>
        <translation>在地图上显示目标完成度(&amp;A)</translation>
    </message>
    <message>
        <source>Show per-mu &amp;classes on the map</source>
        <translation>在地图上显示亩均评价分类(&amp;C)</translation>
    </message>
</context>
<context>
    <name>zhili::IndicatorOverlays</name>
    <message>
        <source>Target achievement by district</source>
        <translation>各区县目标完成度</translation>
    </message>
    <message>
        <source>Parcels by per-mu class</source>
        <translation>地块亩均评价分类</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>land</source>
        <translation>用地</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>用能</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1：%2 %3年，%4</translation>
    </message>
    <message>
        <source>On track: ≥ %1 % of target</source>
        <translation>绿：达到目标的 %1 % 以上</translation>
    </message>
    <message>
        <source>Behind: %1 – %2 % of target</source>
        <translation>黄：目标的 %1 – %2 %</translation>
    </message>
    <message>
        <source>Far behind: &lt; %1 % of target</source>
        <translation>红：低于目标的 %1 %</translation>
    </message>
    <message>
        <source>Key district (outline)</source>
        <translation>重点落地区县（粗边框）</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>A: priority development</source>
        <translation>A 类：优先发展</translation>
    </message>
    <message>
        <source>B: upgrade</source>
        <translation>B 类：提升发展</translation>
    </message>
    <message>
        <source>C: regulate and support</source>
        <translation>C 类：调控帮扶</translation>
    </message>
    <message>
        <source>D: rectify</source>
        <translation>D 类：倒逼整治</translation>
    </message>
</context>
<context>
    <name>zhili::KeyDistrictTableModel</name>
    <message>
        <source>Key district</source>
        <translation>重点区县</translation>
    </message>
    <message>
        <source>Land given (mu)</source>
        <translation>给予用地（亩）</translation>
    </message>
    <message>
        <source>Energy given (tce/year)</source>
        <translation>给予用能（吨标准煤/年）</translation>
    </message>
    <message>
        <source>Finance given (10k CNY)</source>
        <translation>给予金融（万元）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (column %2).</source>
        <translation>“%1”不是数字（%2 列）。</translation>
    </message>
</context>
<context>
    <name>zhili::LayerPanel</name>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>tce/yr</source>
        <translation>吨标准煤/年</translation>
    </message>
    <message>
        <source>10k CNY</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Basemap (GeoTIFF)</source>
        <translation>底图（GeoTIFF）</translation>
    </message>
    <message>
        <source>District boundaries</source>
        <translation>区县边界</translation>
    </message>
    <message>
        <source>Parcels by ecosystem</source>
        <translation>地块（按产业生态圈）</translation>
    </message>
    <message>
        <source>Land allocation (mu)</source>
        <translation>用地分配（亩）</translation>
    </message>
    <message>
        <source>Energy allocation (tce/year)</source>
        <translation>用能分配（吨标准煤/年）</translation>
    </message>
    <message>
        <source>Finance allocation (10k CNY)</source>
        <translation>金融分配（万元）</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择集</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>No allocation</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>图例：%1</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Move the layer up (drawn later, on top)</source>
        <translation>上移图层（后绘制，位于上方）</translation>
    </message>
    <message>
        <source>Move the layer down</source>
        <translation>下移图层</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态圈</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>Energy (tce/year)</source>
        <translation>用能（吨标准煤/年）</translation>
    </message>
    <message>
        <source>Finance (10k CNY)</source>
        <translation>金融（万元）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
</context>
<context>
    <name>zhili::LegendDelegate</name>
    <message>
        <source>%1 parcels · %2 mu</source>
        <translation>%1 个地块 · %2 亩</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n 个区县</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::MainWindow</name>
    <message>
        <source>Zhili — Industrial Land Layout</source>
        <translation>产业智理 — 工业用地布局</translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation>打开缓存(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close cache</source>
        <translation>关闭缓存(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>Pan: drag the map (P)</source>
        <translation>平移：拖动地图（P）</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>识别(&amp;I)</translation>
    </message>
    <message>
        <source>Identify: click a parcel to see its details (I)</source>
        <translation>识别：点击地块查看详情（I）</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>Select: click a parcel, Shift+click to add or remove, drag a rectangle (S)</source>
        <translation>选择：点击地块，Shift+点击加入或移出，拖出矩形框选（S）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>缩放至选择集(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Previous extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Redraw map</source>
        <translation>重绘地图(&amp;R)</translation>
    </message>
    <message>
        <source>Select by &amp;filter…</source>
        <translation>按条件选择(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Zhili</source>
        <translation>关于产业智理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;district</source>
        <translation>缩放至区县(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tool bars</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Se&amp;lection</source>
        <translation>选择(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Zoom to a district</source>
        <translation>缩放至区县</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cannot open the cache</source>
        <translation>无法打开缓存</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.

%2</source>
        <translation>无法打开缓存 %1。

%2</translation>
    </message>
    <message>
        <source>Open cache</source>
        <translation>打开缓存</translation>
    </message>
    <message>
        <source>Zhili caches (*.gpkg);;All files (*)</source>
        <translation>产业智理缓存 (*.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Zhili — %1%2</source>
        <translation>产业智理 — %1%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) loaded.</source>
        <translation>
            <numerusform>已加载 %n 个地块。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no districts)</source>
        <translation>（无区县）</translation>
    </message>
    <message>
        <source>District…</source>
        <translation>区县…</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>未选择</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个地块</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected by filter: %1</source>
        <translation>按条件选择：%1</translation>
    </message>
    <message>
        <source>Select by filter</source>
        <translation>按条件选择</translation>
    </message>
    <message>
        <source>The selection failed.

%1</source>
        <translation>选择失败。

%1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when Zhili starts again.</source>
        <translation>新语言将在下次启动产业智理时生效。</translation>
    </message>
    <message>
        <source>About Zhili</source>
        <translation>关于产业智理</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zhili %1&lt;/h3&gt;&lt;p&gt;Industrial land layout of the city and its districts: five industrial ecosystems, their parcels, and the land, energy and finance support assigned to them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;产业智理 %1&lt;/h3&gt;&lt;p&gt;全市及各区县工业用地布局：五大产业生态圈、所属地块，以及分配给它们的用地、用能和金融要素保障。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>未打开缓存。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>zhili::MapStatusWidget</name>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>X %1  Y %2 m</source>
        <translation>X %1  Y %2 米</translation>
    </message>
    <message>
        <source>Map coordinates in %1 (metres)</source>
        <translation>地图坐标，%1（米）</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>lon/lat: outside the CRS</source>
        <translation>经纬度：超出坐标系范围</translation>
    </message>
    <message>
        <source>Cancel drawing the map (Esc)</source>
        <translation>取消绘制地图（Esc）</translation>
    </message>
    <message>
        <source>Longitude / latitude, CGCS2000 (EPSG:4490)</source>
        <translation>经度 / 纬度，CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>正在绘制地图…</translation>
    </message>
</context>
<context>
    <name>zhili::ParcelEditorDock</name>
    <message>
        <source>Parcel editor</source>
        <translation>地块编辑</translation>
    </message>
    <message>
        <source>Current parcel</source>
        <translation>当前地块</translation>
    </message>
    <message>
        <source>Whole selection</source>
        <translation>全部选中地块</translation>
    </message>
    <message>
        <source> mu</source>
        <translation> 亩</translation>
    </message>
    <message>
        <source> tce/yr</source>
        <translation> 吨标煤/年</translation>
    </message>
    <message>
        <source> 10k yuan</source>
        <translation> 万元</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态圈</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>Energy (tce/yr)</source>
        <translation>用能（吨标煤/年）</translation>
    </message>
    <message>
        <source>Finance (10k yuan)</source>
        <translation>金融（万元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1 %2 (low-efficiency land)</source>
        <translation>%1 %2（低效用地）</translation>
    </message>
    <message>
        <source>Whole selection (%1 parcels)</source>
        <translation>全部选中（%1 个地块）</translation>
    </message>
    <message>
        <source>No cache open.</source>
        <translation>未打开缓存。</translation>
    </message>
    <message>
        <source>%1 selected parcels: only the fields you change are applied to all of them.</source>
        <translation>已选 %1 个地块：只有您修改的字段会应用到全部地块。</translation>
    </message>
    <message>
        <source>No parcel: click a parcel on the map or a row in the attribute table.</source>
        <translation>未选地块：请在地图上点击地块或在属性表中点击一行。</translation>
    </message>
    <message>
        <source>Parcel %1 %2 — %3, %4 mu (%5 ha)</source>
        <translation>地块 %1 %2 — %3，%4 亩（%5 公顷）</translation>
    </message>
    <message>
        <source>The cache file is read-only: open a writable copy to edit.</source>
        <translation>缓存文件只读：请打开可写的副本再编辑。</translation>
    </message>
    <message>
        <source>No user chosen: choose who you are (File → Choose user) to edit.</source>
        <translation>未选择用户：请先选择用户（文件 → 选择用户）再编辑。</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>没有选中的地块。</translation>
    </message>
    <message>
        <source>No parcel: click a parcel on the map or a row in the table.</source>
        <translation>未选地块：请在地图上点击地块或在表中点击一行。</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Read-only: you may not edit %1 of the %2 parcels. %3</source>
        <translation>只读：%2 个地块中有 %1 个您无权编辑。%3</translation>
    </message>
    <message>
        <source>Nothing changed: the parcels already hold these values.</source>
        <translation>未作修改：地块已是这些值。</translation>
    </message>
    <message>
        <source>Undo / redo failed</source>
        <translation>撤销/重做失败</translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n parcel(s).</source>
        <translation>
            <numerusform>已应用到 %n 个地块。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::ParcelHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No parcel chosen.</source>
        <translation>未选地块。</translation>
    </message>
    <message>
        <source>Parcel %1 has not been edited.</source>
        <translation>地块 %1 尚无修改记录。</translation>
    </message>
    <message>
        <source>History of parcel %1: %2 changes, %3 refused</source>
        <translation>地块 %1 的历史：%2 项修改，%3 项被拒绝</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>zhili::ParcelTableModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态圈</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>Energy (tce/yr)</source>
        <translation>用能（吨标煤/年）</translation>
    </message>
    <message>
        <source>Finance (10k yuan)</source>
        <translation>金融（万元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>zhili::ScreenshotTaker</name>
    <message>
        <source>The map did not finish drawing within %1 s; no screenshot was written.</source>
        <translation>地图未能在 %1 秒内绘制完成，未保存截图。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>无法写入截图 %1：%2</translation>
    </message>
</context>
<context>
    <name>zhili::SelectByFilterDialog</name>
    <message>
        <source>Select parcels by filter</source>
        <translation>按条件选择地块</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> mu</source>
        <translation> 亩</translation>
    </message>
    <message>
        <source>New selection</source>
        <translation>新建选择集</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>加入选择集</translation>
    </message>
    <message>
        <source>Remove from the selection</source>
        <translation>从选择集中移除</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>产业生态圈</translation>
    </message>
    <message>
        <source>Land-use class</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择集</translation>
    </message>
    <message>
        <source>Nothing ticked in a list means any value. Values ticked in one list are alternatives; the lists combine with AND. Land-use classes match by prefix (1001 also matches 100101).</source>
        <translation>列表中未勾选任何项表示不限。同一列表中勾选的值为“或”关系，不同列表之间为“且”关系。用地性质按前缀匹配（1001 也匹配 100101）。</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) match.</source>
        <translation>
            <numerusform>共 %n 个地块符合条件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::TargetTableModel</name>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态圈</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>Energy (tce/year)</source>
        <translation>用能（吨标准煤/年）</translation>
    </message>
    <message>
        <source>Finance (10k CNY)</source>
        <translation>金融（万元）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Tax (10k CNY)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <source>Value added (10k CNY)</source>
        <translation>增加值（万元）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (column %2).</source>
        <translation>“%1”不是数字（%2 列）。</translation>
    </message>
    <message>
        <source>The number of projects must be a whole number, got %1.</source>
        <translation>项目数必须是整数，输入的是 %1。</translation>
    </message>
</context>
<context>
    <name>zhili::TargetsDock</name>
    <message>
        <source>Targets and key districts</source>
        <translation>考核目标与重点区县</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>新增目标(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <source>Ecosystem of the new target</source>
        <translation>新目标的产业生态圈</translation>
    </message>
    <message>
        <source>District of the new target (or city-wide)</source>
        <translation>新目标的区县（或全市）</translation>
    </message>
    <message>
        <source>Assessment targets</source>
        <translation>考核目标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Key districts per ecosystem</source>
        <translation>各生态圈的重点落地区县</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态圈</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Open a cache to see its targets.</source>
        <translation>打开缓存以查看其考核目标。</translation>
    </message>
    <message>
        <source>Read only: the cache file cannot be written.</source>
        <translation>只读：缓存文件不可写。</translation>
    </message>
    <message>
        <source>Read only: choose a user first (File ▸ Choose user…).</source>
        <translation>只读：请先选择用户（文件 ▸ 选择用户…）。</translation>
    </message>
    <message>
        <source>Read only: only city planners and administrators may edit targets and key districts (you are %1).</source>
        <translation>只读：只有市级规划人员和管理员可以编辑考核目标和重点区县（当前用户：%1）。</translation>
    </message>
    <message>
        <source>Choose a user first (File ▸ Choose user…).</source>
        <translation>请先选择用户（文件 ▸ 选择用户…）。</translation>
    </message>
</context>
<context>
    <name>zhili::UserChooserDialog</name>
    <message>
        <source>City planner</source>
        <translation>市级规划</translation>
    </message>
    <message>
        <source>District officer</source>
        <translation>区县干部</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Choose user</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>Who is working on this cache? Your edits are recorded under this name.</source>
        <translation>谁在使用此缓存？您的修改将以此名称记录。</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>This cache has no users yet: add yourself as administrator first.</source>
        <translation>此缓存还没有用户：请先把自己添加为管理员。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 is a city planner: sees all districts and edits targets and key districts, but not parcels.</source>
        <translation>%1 是市级规划人员：可查看所有区县，可编辑目标和重点区县，不能编辑地块。</translation>
    </message>
    <message>
        <source>%1 is a district officer of %2: edits the parcels of %2 only; other districts are read-only.</source>
        <translation>%1 是%2的区县干部：只能编辑%2的地块，其他区县只读。</translation>
    </message>
    <message>
        <source>%1 is an administrator: may edit everything and add users.</source>
        <translation>%1 是管理员：可编辑全部内容并添加用户。</translation>
    </message>
    <message>
        <source>%1 (administrator until the first user is added)</source>
        <translation>%1（添加第一个用户前为管理员）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>zhili::WorkflowActions</name>
    <message>
        <source>&amp;Import parcels…</source>
        <translation>导入地块(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose &amp;user…</source>
        <translation>选择用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Export map snapshot…</source>
        <translation>导出地图快照(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Batch assign from CSV…</source>
        <translation>从 CSV 批量分配(&amp;B)…</translation>
    </message>
    <message>
        <source>New cache for the import</source>
        <translation>为导入新建缓存</translation>
    </message>
    <message>
        <source>GeoPackage cache (*.gpkg)</source>
        <translation>GeoPackage 缓存 (*.gpkg)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated parcels</source>
        <translation>已导入：新增 %1 个、更新 %2 个地块</translation>
    </message>
    <message>
        <source>Batch assignment CSV</source>
        <translation>批量分配 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
</TS>
