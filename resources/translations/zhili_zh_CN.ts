<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AchievementLayer</name>
    <message>
        <source>green ≥ %1 % of target</source>
        <translation>绿 ≥ 目标的 %1 %</translation>
    </message>
    <message>
        <source>amber %1 – %2 %</source>
        <translation>黄 %1 – %2 %</translation>
    </message>
    <message>
        <source>red &lt; %1 %</source>
        <translation>红 &lt; %1 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>key district (outline)</source>
        <translation>重点落地区县（轮廓）</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>--%1 must be a number, got &quot;%2&quot;: %3</source>
        <translation>--%1 必须是数字，而不是“%2”：%3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>land in mu.</source>
        <translation>用地，单位亩。</translation>
    </message>
    <message>
        <source>energy in tce/year.</source>
        <translation>用能，单位吨标准煤/年。</translation>
    </message>
    <message>
        <source>finance in 10k yuan.</source>
        <translation>金融，单位万元。</translation>
    </message>
    <message>
        <source>nothing changed: parcel %1 (%2) already has these values
</source>
        <translation>无变化：地块 %1（%2）已是这些值
</translation>
    </message>
    <message>
        <source>assigned %1 (%2) by %3, revision %4 → %5
</source>
        <translation>已修改 %1（%2），操作人 %3，版本 %4 → %5
</translation>
    </message>
    <message>
        <source>Ecosystem: key (iot, bio, equip, mat, energy), Chinese name or &quot;unassigned&quot;.</source>
        <translation>生态圈：键（iot、bio、equip、mat、energy）、中文名（如 生物医药）或 &quot;unassigned&quot;（未分配）。</translation>
    </message>
    <message>
        <source>Industrial chain; &quot;&quot; clears it.</source>
        <translation>产业链；&quot;&quot; 表示清除。</translation>
    </message>
    <message>
        <source>Status key or name (planned, construction, production, idle, …); &quot;&quot; clears it.</source>
        <translation>状态的键或名称（planned、construction、production、idle、批而未供……）；&quot;&quot; 表示清除。</translation>
    </message>
    <message>
        <source>Enterprise.</source>
        <translation>企业。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Print the change as JSON.</source>
        <translation>以 JSON 输出所做的修改。</translation>
    </message>
    <message>
        <source>nothing to assign: give at least one of --ecosystem, --chain, --land-mu, --energy-tce, --finance-wan, --status, --enterprise, --notes</source>
        <translation>没有要指定的内容：请至少给出 --ecosystem、--chain、--land-mu、--energy-tce、--finance-wan、--status、--enterprise、--notes 之一</translation>
    </message>
</context>
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
    <name>AssignmentDisplay</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Batch assignment</source>
        <translation>批量分配</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>AssignmentPatch</name>
    <message>
        <source>ecosystem</source>
        <translation>生态圈</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>energy (tce/year)</source>
        <translation>用能（吨标准煤/年）</translation>
    </message>
    <message>
        <source>finance (10k yuan)</source>
        <translation>金融（万元）</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AssignmentValidator</name>
    <message>
        <source>%1 must be a finite number, got %2</source>
        <translation>%1 必须是有限数值，而不是 %2</translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2</source>
        <translation>%1 不能为负数，而不是 %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 is beyond the sane maximum of %4 %3; check the unit</source>
        <translation>%1 为 %2 %3，超出合理上限 %4 %3；请检查单位</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters, at most %3)</source>
        <translation>%1 过长（%2 个字符，最多 %3 个）</translation>
    </message>
    <message>
        <source>unknown ecosystem &quot;%1&quot;: use one of %2, or unassigned</source>
        <translation>未知生态圈“%1”：请使用 %2 之一，或“未分配”</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;: use one of %2</source>
        <translation>未知状态“%1”：请使用 %2 之一</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>tce/year</source>
        <translation>吨标准煤/年</translation>
    </message>
    <message>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>land %1 mu exceeds the area of parcel %2 (%3 mu)</source>
        <translation>用地 %1 亩超过地块 %2 的面积（%3 亩）</translation>
    </message>
    <message>
        <source>chain &quot;%1&quot; needs an ecosystem: choose one, or clear the chain</source>
        <translation>产业链“%1”需要生态圈：请选择一个生态圈，或清除产业链</translation>
    </message>
    <message>
        <source>chain &quot;%1&quot; belongs to %2, not %3: choose a chain of %3, or clear the chain</source>
        <translation>产业链“%1”属于%2，不属于%3：请选择%3的产业链，或清除产业链</translation>
    </message>
    <message>
        <source>chain &quot;%1&quot; is not a chain of %2; known chains: %3 (or clear the chain)</source>
        <translation>产业链“%1”不属于%2；已知产业链：%3（或清除产业链）</translation>
    </message>
    <message>
        <source>parcel %1 (%2): %3</source>
        <translation>地块 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>BasemapLayer</name>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
</context>
<context>
    <name>BatchAssignment</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows, %4 parcels to change, %5 unchanged, %6 bad rows</source>
        <translation>%1（%2）：共 %3 行，%4 个地块将修改，%5 行无变化，%6 行错误</translation>
    </message>
    <message>
        <source>  ERROR </source>
        <translation>  错误 </translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are code, district, ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes</source>
        <translation>未知列“%1”；可用的列为 code、district、ecosystem、chain、land_mu、energy_tce、finance_wan、status、enterprise、notes</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>the header has no &quot;code&quot; column (parcel code); first line read: %1</source>
        <translation>表头缺少“code”列（地块编号）；读到的第一行：%1</translation>
    </message>
    <message>
        <source>the code cell is empty</source>
        <translation>地块编号为空</translation>
    </message>
    <message>
        <source>no parcel with code &quot;%1&quot;</source>
        <translation>未找到编号为“%1”的地块</translation>
    </message>
    <message>
        <source>no parcel with code &quot;%1&quot; in district %2</source>
        <translation>区县 %2 中未找到编号为“%1”的地块</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; exists in several districts (%2): add a district column</source>
        <translation>编号“%1”在多个区县中存在（%2）：请增加 district 列</translation>
    </message>
    <message>
        <source>parcel %1 (%2) is already on line %3: one row per parcel</source>
        <translation>地块 %1（%2）已出现在第 %3 行：每个地块只能有一行</translation>
    </message>
    <message>
        <source>%2 bad rows in %1; nothing was changed:
%3</source>
        <translation>%1 有 %2 行错误，未做任何修改：
%3</translation>
    </message>
    <message>
        <source>  line %1  %2 (%3): %4</source>
        <translation>  第 %1 行  %2（%3）：%4</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>%2 bad rows in %1; nothing was changed</source>
        <translation>%1 有 %2 行错误，未做任何修改</translation>
    </message>
    <message>
        <source>(--dry-run: nothing written)
</source>
        <translation>（--dry-run：未写入任何修改）
</translation>
    </message>
    <message>
        <source>applied: %1 parcels changed by %2 in one transaction
</source>
        <translation>已应用：%2 在一个事务中修改了 %1 个地块
</translation>
    </message>
    <message>
        <source>CSV with a header: code[,district],ecosystem,chain,land_mu,energy_tce,finance_wan,status,enterprise,notes (any subset; UTF-8 or GBK). Empty cell = unchanged, &quot;-&quot; clears a text field.</source>
        <translation>带表头的 CSV：code[,district],ecosystem,chain,land_mu,energy_tce,finance_wan,status,enterprise,notes（可取任意子集；UTF-8 或 GBK）。空单元格表示不变，&quot;-&quot; 清除文本字段。</translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation>只输出将要修改的内容。</translation>
    </message>
    <message>
        <source>Print the preview as JSON.</source>
        <translation>以 JSON 输出预览。</translation>
    </message>
</context>
<context>
    <name>BatchProblem</name>
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
</context>
<context>
    <name>CacheCloner</name>
    <message>
        <source>%1 exists already: clone writes a new cache; choose another name</source>
        <translation>%1 已存在：clone 会写一个新的缓存，请另选文件名</translation>
    </message>
    <message>
        <source>receiving parcels</source>
        <translation>正在接收地块</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>CachePublisher</name>
    <message>
        <source>%1 is in EPSG:%2 but the city server keeps parcels in EPSG:%3 (CGCS2000 / 3-degree Gauss-Kruger CM 120E): import the parcels into a cache in EPSG:%3 first</source>
        <translation>%1 的坐标系为 EPSG:%2，但市级服务器以 EPSG:%3（CGCS2000 / 3 度带高斯-克吕格 中央经线 120°E）保存地块：请先将地块导入 EPSG:%3 的缓存</translation>
    </message>
    <message>
        <source>the city server already holds every district of %1 (%2): nothing to publish. To bring edits to the server, clone it and sync</source>
        <translation>市级服务器已包含 %1 的全部区县（%2）：没有可发布的内容。要把修改送到服务器，请从服务器克隆缓存并同步</translation>
    </message>
    <message>
        <source>sending parcels</source>
        <translation>正在发送地块</translation>
    </message>
    <message>
        <source>writing parcels on the server</source>
        <translation>正在服务器上写入地块</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <source>Industrial land parcels (Zhili)</source>
        <translation>工业用地地块（产业智理）</translation>
    </message>
    <message>
        <source>Districts and counties (Zhili)</source>
        <translation>区县（市）（产业智理）</translation>
    </message>
</context>
<context>
    <name>ChainActivity</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date: write YYYY-MM-DD, e.g. 2025-06-18</source>
        <translation>%1“%2”不是日期：请写成 YYYY-MM-DD，例如 2025-06-18</translation>
    </message>
    <message>
        <source>chain %1 is in several ecosystems (%2): say which</source>
        <translation>产业链 %1 属于多个生态圈（%2）：请指明哪一个</translation>
    </message>
    <message>
        <source>unknown chain %1: no chains yet; import them with zhili-cli chains import</source>
        <translation>未知产业链 %1：尚无产业链，请用 zhili-cli chains import 导入</translation>
    </message>
    <message>
        <source>unknown chain %1; the chains are: %2</source>
        <translation>未知产业链 %1；现有产业链：%2</translation>
    </message>
    <message>
        <source>unknown district %1; the cache has: %2 (leave it out for a city-wide entry)</source>
        <translation>未知区县 %1；缓存中有：%2（全市范围的记录请不填区县）</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>对接活动需要标题</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>签约项目数</translation>
    </message>
    <message>
        <source>orders (10k yuan)</source>
        <translation>订单（万元）</translation>
    </message>
    <message>
        <source>financing (10k yuan)</source>
        <translation>融资（万元）</translation>
    </message>
    <message>
        <source>unknown enterprises: %1; import them first (zhili-cli enterprises import) or check the names</source>
        <translation>未知企业：%1；请先导入企业（zhili-cli enterprises import）或核对名称</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>a blockage needs a text of 1 to 2000 characters</source>
        <translation>问题内容须为 1 至 2000 个字符</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>no blockage with id %1; list them with zhili-cli chain-issues list</source>
        <translation>没有编号为 %1 的问题；可用 zhili-cli chain-issues list 查看</translation>
    </message>
    <message>
        <source>blockage %1 was closed on %2 already</source>
        <translation>问题 %1 已于 %2 解决</translation>
    </message>
    <message>
        <source>blockage %1 was opened on %2: it cannot close before (%3)</source>
        <translation>问题 %1 于 %2 提出，不能早于该日解决（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 10 000 000 000 (got %2)</source>
        <translation>%1 须为 0 至 10 000 000 000 之间的数（实为 %2）</translation>
    </message>
</context>
<context>
    <name>ChainEventDialog</name>
    <message>
        <source> × 10k CNY</source>
        <translation> 万元</translation>
    </message>
</context>
<context>
    <name>ChainGapAnalysis</name>
    <message>
        <source>unknown district %1; the cache has: %2</source>
        <translation>未知区县 %1；缓存中有：%2</translation>
    </message>
    <message>
        <source>ecosystem %1 has no industrial chains yet; import them with zhili-cli chains import</source>
        <translation>生态圈 %1 尚无产业链，请用 zhili-cli chains import 导入</translation>
    </message>
    <message>
        <source>no chain %1 in ecosystem %2; it has: %3</source>
        <translation>生态圈 %2 中没有产业链 %1；现有：%3</translation>
    </message>
</context>
<context>
    <name>ChainGapsCommand</name>
    <message>
        <source>%1 enterprises, %2 parcels, %3 mu</source>
        <translation>%1 家企业，%2 个地块，%3 亩</translation>
    </message>
    <message>
        <source>%1 — chain leader %2; scope: %3
</source>
        <translation>%1 — 链长 %2；范围：%3
</translation>
    </message>
    <message>
        <source>whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>MISSING (补链)</source>
        <translation>缺失（补链）</translation>
    </message>
    <message>
        <source>thin (强链)</source>
        <translation>薄弱（强链）</translation>
    </message>
    <message>
        <source>      no candidate parcels: the ecosystem has no key districts
</source>
        <translation>      无候选地块：该生态圈尚未设定重点区县
</translation>
    </message>
    <message>
        <source>      no candidate parcels (no unassigned or idle parcel in the key districts in scope)
</source>
        <translation>      无候选地块（范围内重点区县没有未分配或闲置地块）
</translation>
    </message>
    <message>
        <source>      candidate: %1 (%2), %3 mu, %4
</source>
        <translation>      候选：%1（%2），%3 亩，%4
</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>Ecosystem key or name (required).</source>
        <translation>生态圈的键或名称（必填）。</translation>
    </message>
    <message>
        <source>Only this chain.</source>
        <translation>只看这条产业链。</translation>
    </message>
    <message>
        <source>Gaps in this district (default: the city).</source>
        <translation>该区县内的缺口（默认：全市）。</translation>
    </message>
</context>
<context>
    <name>ChainImporter</name>
    <message>
        <source>required column missing; the header must be %1, optional %2</source>
        <translation>缺少必填列；表头须为 %1，可选列 %2</translation>
    </message>
    <message>
        <source>link %1 of chain %2 is already on line %3</source>
        <translation>产业链 %2 的环节 %1 已在第 %3 行出现</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a link cannot supply itself</source>
        <translation>环节不能供给自身</translation>
    </message>
    <message>
        <source>chain %1 already has &quot;%2&quot; on line %3: give it on the chain&apos;s first row, later rows empty</source>
        <translation>产业链 %1 在第 %3 行已有“%2”：请只在该链第一行填写，后续行留空</translation>
    </message>
    <message>
        <source>chain %1 has no link &quot;%2&quot;; its links: %3</source>
        <translation>产业链 %1 没有环节“%2”；其环节：%3</translation>
    </message>
    <message>
        <source>chain %1 supplies in a circle: %2; a chain runs from upstream to downstream</source>
        <translation>产业链 %1 的供给关系成环：%2；产业链应从上游到下游</translation>
    </message>
    <message>
        <source>unknown stage; use upstream, midstream or downstream</source>
        <translation>未知阶段；请用上游、中游或下游（upstream/midstream/downstream）</translation>
    </message>
</context>
<context>
    <name>ChainIssuesCommand</name>
    <message>
        <source>no blockages
</source>
        <translation>没有问题记录
</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>已于 %1 解决</translation>
    </message>
    <message>
        <source>closed blockage %1 of %2 on %3
</source>
        <translation>已将 %2 的问题 %1 标记为于 %3 解决
</translation>
    </message>
    <message>
        <source>opened blockage %1 of %2
</source>
        <translation>已为 %2 登记问题 %1
</translation>
    </message>
    <message>
        <source>add | list | close</source>
        <translation>add | list | close</translation>
    </message>
    <message>
        <source>add: what is blocked.</source>
        <translation>add：堵点内容。</translation>
    </message>
    <message>
        <source>add: who clears it.</source>
        <translation>add：负责解决的人。</translation>
    </message>
    <message>
        <source>add/close: opened/closed on YYYY-MM-DD (default: today).</source>
        <translation>add/close：提出/关闭日期 YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>close: the blockage&apos;s id (see list).</source>
        <translation>close：堵点的编号（见 list）。</translation>
    </message>
    <message>
        <source>list: only open blockages.</source>
        <translation>list：只列未关闭的堵点。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：以 JSON 输出。</translation>
    </message>
    <message>
        <source>--id wants the number of a blockage (see chain-issues list)</source>
        <translation>--id 需要问题的编号（见 chain-issues list）</translation>
    </message>
</context>
<context>
    <name>ChainLayer</name>
    <message>
        <source>Industrial chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Industrial chain %1</source>
        <translation>产业链 %1</translation>
    </message>
</context>
<context>
    <name>ChainMapCommand</name>
    <message>
        <source>Page: %1 (default A4-landscape).</source>
        <translation>页面：%1（默认 A4-landscape）。</translation>
    </message>
    <message>
        <source>PNG resolution, 72–600 (default: the page&apos;s).</source>
        <translation>PNG 分辨率，72–600（默认：页面的默认值）。</translation>
    </message>
    <message>
        <source>Output .png, .pdf or .svg.</source>
        <translation>输出文件 .png、.pdf 或 .svg。</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3)
</source>
        <translation>已写入 %1（%2，%3）
</translation>
    </message>
    <message>
        <source>Analyse and map the chain in one district.</source>
        <translation>在一个行政区内分析并绘制该产业链。</translation>
    </message>
</context>
<context>
    <name>ChainMapContent</name>
    <message>
        <source>no chain given for ecosystem %1</source>
        <translation>未给出生态圈 %1 的产业链</translation>
    </message>
    <message>
        <source>%1 sits on no link of the chain %2</source>
        <translation>%1 不在产业链 %2 的任何环节上</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>Suppliers → %1</source>
        <translation>供应商 → %1</translation>
    </message>
    <message>
        <source>%1 → customers</source>
        <translation>%1 → 客户</translation>
    </message>
</context>
<context>
    <name>ChainMatcher</name>
    <message>
        <source>%1 sits on no industrial chain link; put it on links with the chain and link columns of zhili-cli enterprises import</source>
        <translation>%1 不在任何产业链环节上；请用 zhili-cli enterprises import 的 chain、link 列指定其环节</translation>
    </message>
</context>
<context>
    <name>ChainReport</name>
    <message>
        <source># Industrial chains %1</source>
        <translation># 产业链 %1 年</translation>
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
        <source>Chain leader</source>
        <translation>链长</translation>
    </message>
    <message>
        <source>Links covered</source>
        <translation>环节（已覆盖/总数）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>对接活动</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>签约项目</translation>
    </message>
    <message>
        <source>Orders (10k yuan)</source>
        <translation>订单（万元）</translation>
    </message>
    <message>
        <source>Financing (10k yuan)</source>
        <translation>融资（万元）</translation>
    </message>
    <message>
        <source>Open blockages</source>
        <translation>未解决问题</translation>
    </message>
</context>
<context>
    <name>ChainReportCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1 (%2 chains)
</source>
        <translation>已写入 %1（%2 条产业链）
</translation>
    </message>
    <message>
        <source>The year of the events (required).</source>
        <translation>活动年份（必填）。</translation>
    </message>
    <message>
        <source>csv (default), json or md.</source>
        <translation>csv（默认）、json 或 md。</translation>
    </message>
    <message>
        <source>Write to this file instead of the terminal.</source>
        <translation>写入该文件而不是终端。</translation>
    </message>
    <message>
        <source>--format must be csv, json or md (got &quot;%1&quot;)</source>
        <translation>--format 必须是 csv、json 或 md（而不是“%1”）</translation>
    </message>
</context>
<context>
    <name>ChainSheet</name>
    <message>
        <source>the cache %1 has no parcels to map</source>
        <translation>缓存 %1 中没有可制图的地块</translation>
    </message>
</context>
<context>
    <name>ChainStore</name>
    <message>
        <source>no chain %1 in ecosystem %2</source>
        <translation>生态圈 %2 中没有产业链 %1</translation>
    </message>
</context>
<context>
    <name>ChainsCommand</name>
    <message>
        <source>imported %1 (%2): %3 chains with %4 links — %5 added, %6 updated, %7 unchanged, %8 links removed
</source>
        <translation>已导入 %1（%2）：%3 条产业链，共 %4 个环节 — 新增 %5，更新 %6，未变 %7，删除环节 %8
</translation>
    </message>
    <message>
        <source>no industrial chains; import them with: zhili-cli chains import FILE.csv --cache %1
</source>
        <translation>尚无产业链；请用以下命令导入：zhili-cli chains import FILE.csv --cache %1
</translation>
    </message>
    <message>
        <source>%1 · %2 — chain leader: %3; working group: %4
</source>
        <translation>%1 · %2 — 链长：%3；工作专班：%4
</translation>
    </message>
    <message>
        <source>import FILE.csv | list</source>
        <translation>import FILE.csv | list</translation>
    </message>
    <message>
        <source>list: only this ecosystem (key or name).</source>
        <translation>list：只列该生态圈（键或名称）。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：以 JSON 输出。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
    <message>
        <source>--%1 must be a number, got &quot;%2&quot;: %3</source>
        <translation>--%1 必须是数字，而不是“%2”：%3</translation>
    </message>
    <message>
        <source>Cache file (.gpkg).</source>
        <translation>缓存文件（.gpkg）。</translation>
    </message>
    <message>
        <source>Parcel code.</source>
        <translation>地块编号。</translation>
    </message>
    <message>
        <source>District, when the code is used in several.</source>
        <translation>区县（编号在多个区县中重复时）。</translation>
    </message>
    <message>
        <source>Acting user (default: $ZHILI_USER or the login name); a user with a password gives it in the file named by $ZHILI_PASSWORD_FILE or on the terminal.</source>
        <translation>操作用户（默认：$ZHILI_USER 或登录名）；设有密码的用户在 $ZHILI_PASSWORD_FILE 所指的文件中或在终端上输入密码。</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>原因（记入审计日志）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>Allow the output to replace an existing SQLite database (a cache or GeoPackage); the command&apos;s own cache is never overwritten.</source>
        <translation>允许输出覆盖已有的 SQLite 数据库（缓存或 GeoPackage）；命令自身的缓存永不覆盖。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Export a chain&apos;s diagram beside its map on one sheet (PNG, PDF or SVG)</source>
        <translation>将产业链图谱与其地图导出为一张图纸（PNG、PDF 或 SVG）</translation>
    </message>
    <message>
        <source>Import parcels (shapefile, zip, GeoPackage, GeoJSON)</source>
        <translation>导入地块（shapefile、zip、GeoPackage、GeoJSON）</translation>
    </message>
    <message>
        <source>Import district boundaries (polygons)</source>
        <translation>导入区县边界（面）</translation>
    </message>
    <message>
        <source>Write parcels with their tags to a shapefile, zip, GeoPackage, GeoJSON or CSV</source>
        <translation>将地块及其标注写出为 shapefile、zip、GeoPackage、GeoJSON 或 CSV</translation>
    </message>
    <message>
        <source>Summarise a cache per district and ecosystem</source>
        <translation>按区县和生态圈汇总缓存</translation>
    </message>
    <message>
        <source>Show one parcel</source>
        <translation>显示一个地块</translation>
    </message>
    <message>
        <source>Export a map sheet (PNG/PDF/SVG) for meetings</source>
        <translation>导出会议用的地图图纸（PNG/PDF/SVG）</translation>
    </message>
    <message>
        <source>Render the map to a PNG</source>
        <translation>将地图渲染为 PNG</translation>
    </message>
    <message>
        <source>Write the map styles QGIS and other GIS read into the cache</source>
        <translation>将 QGIS 等 GIS 读取的地图样式写入缓存</translation>
    </message>
    <message>
        <source>Write a QGIS project (.qgz) of the map</source>
        <translation>写出地图的 QGIS 项目（.qgz）</translation>
    </message>
    <message>
        <source>Import or list assessment targets</source>
        <translation>导入或列出考核目标</translation>
    </message>
    <message>
        <source>Set or list the key districts of an ecosystem</source>
        <translation>设置或列出生态圈的重点落地区县</translation>
    </message>
    <message>
        <source>Set or list district resource quotas (the allocation ledger&apos;s budget)</source>
        <translation>设置或列出区县资源配额（配置台账的预算）</translation>
    </message>
    <message>
        <source>Import enterprise figures for the per-mu evaluation</source>
        <translation>导入亩均论英雄评价所用的企业数据</translation>
    </message>
    <message>
        <source>Import or list industrial chains, their links and chain leaders</source>
        <translation>导入或列出产业链及其环节和链主</translation>
    </message>
    <message>
        <source>Missing and thin links of the industrial chains, with candidate parcels</source>
        <translation>产业链的缺失与薄弱环节（补链/强链）及候选地块</translation>
    </message>
    <message>
        <source>Suppliers and customers of an enterprise along its chains, nearest first</source>
        <translation>企业沿产业链的上游与下游（对接），由近及远</translation>
    </message>
    <message>
        <source>Record or list the chains&apos; matchmaking events</source>
        <translation>记录或列出产业链的对接活动</translation>
    </message>
    <message>
        <source>Open, list or close the blockages of a chain</source>
        <translation>提出、列出或关闭产业链的问题清单</translation>
    </message>
    <message>
        <source>Per chain: links covered, enterprises, land, events and open blockages of a year</source>
        <translation>按产业链：某年已覆盖环节、企业、用地、活动和未解决的问题</translation>
    </message>
    <message>
        <source>Per-mu evaluation: indicators, score and class A/B/C/D</source>
        <translation>亩均论英雄评价：指标、得分和 A/B/C/D 分类</translation>
    </message>
    <message>
        <source>Target progress, allocation ledger and double counts (same figures as the dashboard)</source>
        <translation>目标进度、配置台账和重复计数（与仪表盘数字一致）</translation>
    </message>
    <message>
        <source>Show or set per-mu evaluation rules by year, and RAG thresholds</source>
        <translation>按年份查看或设置亩均评价规则及红黄绿阈值</translation>
    </message>
    <message>
        <source>Render target achievement or per-mu classes over the map to PNG</source>
        <translation>将目标完成度或亩均分类叠加在地图上渲染为 PNG</translation>
    </message>
    <message>
        <source>Assign an ecosystem and land/energy/finance support to a parcel</source>
        <translation>为地块指定生态圈及用地/用能/金融支持</translation>
    </message>
    <message>
        <source>Batch assignment from a CSV file (preview, then all-or-nothing)</source>
        <translation>从 CSV 文件批量指定（先预览，再全部生效或全部不生效）</translation>
    </message>
    <message>
        <source>Edit history of a parcel from the audit log (accepted and refused)</source>
        <translation>审计日志中地块的编辑历史（接受的和拒绝的）</translation>
    </message>
    <message>
        <source>Add or list the users of a cache (roles: planner, officer, admin) and set passwords</source>
        <translation>添加或列出缓存的用户（角色：planner、officer、admin）并设置密码</translation>
    </message>
    <message>
        <source>Set up the city server (init, add-user, users)</source>
        <translation>配置市级服务器（init、add-user、users）</translation>
    </message>
    <message>
        <source>Upload a cache&apos;s districts into the city server</source>
        <translation>将缓存中的区县上传到市级服务器</translation>
    </message>
    <message>
        <source>Make a new cache holding the whole city from the server</source>
        <translation>从服务器新建包含全市的缓存</translation>
    </message>
    <message>
        <source>Pull the server&apos;s changes, then push local edits</source>
        <translation>拉取服务器的修改，再推送本地编辑</translation>
    </message>
    <message>
        <source>List the edits the server refused to merge</source>
        <translation>列出服务器拒绝合并的编辑</translation>
    </message>
    <message>
        <source>Take mine or theirs for one conflicting field</source>
        <translation>为一个冲突字段选用本地或服务器的值</translation>
    </message>
    <message>
        <source>Usage: zhili-cli &lt;command&gt; [options]   (zhili-cli &lt;command&gt; --help for details)
       zhili-cli --version

Every command also takes --lang zh|en: the language of its messages (default: Chinese when LC_ALL,
LC_MESSAGES or LANG names a zh locale, English otherwise).

Commands:
</source>
        <translation>用法：zhili-cli &lt;命令&gt; [选项]   （详见 zhili-cli &lt;命令&gt; --help）
       zhili-cli --version

每个命令都接受 --lang zh|en：消息所用的语言（默认：LC_ALL、LC_MESSAGES 或 LANG
为 zh 区域设置时用中文，否则用英文）。

命令：
</translation>
    </message>
    <message>
        <source>
Exit codes:
  0  success
  1  the operation failed (bad or missing file, refused edit, damaged cache, ...)
  2  the command line is wrong (unknown command or option, missing or bad value)

Errors go to stderr as one sentence; normal runs print nothing else there.
</source>
        <translation>
退出码：
  0  成功
  1  操作失败（文件有误或不存在、编辑被拒绝、缓存损坏……）
  2  命令行有误（未知命令或选项、缺少值或值有误）

错误以一句话写到 stderr；正常运行时 stderr 上没有其他输出。
</translation>
    </message>
    <message>
        <source>zhili-cli %1: %2 (see zhili-cli %1 --help)
</source>
        <translation>zhili-cli %1: %2（参见 zhili-cli %1 --help）
</translation>
    </message>
    <message>
        <source>zhili-cli %1: internal error: %2
</source>
        <translation>zhili-cli %1: 内部错误：%2
</translation>
    </message>
    <message>
        <source>zhili-cli: unknown command &quot;%1&quot;
</source>
        <translation>zhili-cli: 未知命令“%1”
</translation>
    </message>
</context>
<context>
    <name>CloneCommand</name>
    <message>
        <source>cloned %1 parcels of %2 districts into %3 (change %4)
</source>
        <translation>已将 %2 个区县的 %1 个地块克隆到 %3（变更序号 %4）
</translation>
    </message>
    <message>
        <source>The new cache file (must not exist).</source>
        <translation>新缓存文件（不得已存在）。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Shape</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>Parcel removed</source>
        <translation>地块已删除</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>parcel %1 (%2) is no longer in this cache (the city server deleted it): only theirs can be taken</source>
        <translation>地块 %1（%2）已不在本缓存中（市级服务器已删除）：只能采用服务器的值</translation>
    </message>
    <message>
        <source>conflict resolved: mine</source>
        <translation>解决冲突：采用本地值</translation>
    </message>
    <message>
        <source>parcel %1 (%2): this conflict does not hold my shape; import the district&apos;s file again instead</source>
        <translation>地块 %1（%2）：此冲突未保存本地图形；请改为再次导入该区县的文件</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>no open conflicts
</source>
        <translation>没有未解决的冲突
</translation>
    </message>
    <message>
        <source>%1 (%2) %3: base %4, mine %5 (%6, %7), theirs %8 (%9, %10)%11
</source>
        <translation>%1（%2）%3：基准 %4，本地 %5（%6，%7），服务器 %8（%9，%10）%11
</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>unknown CRS &quot;%1&quot;: give an EPSG code such as EPSG:4549 (CGCS2000 / 3-degree GK CM 120E)</source>
        <translation>未知坐标系“%1”：请给出 EPSG 代码，例如 EPSG:4549（CGCS2000 3 度带高斯-克吕格，中央经线 120°E）</translation>
    </message>
</context>
<context>
    <name>CsvRowChecker</name>
    <message>
        <source>unknown column; allowed: %1</source>
        <translation>未知的列；允许的列：%1</translation>
    </message>
    <message>
        <source>unknown ecosystem; use iot/bio/equip/mat/energy or their Chinese names</source>
        <translation>未知生态圈；请使用 智能物联/生物医药/高端装备/新材料/绿色能源 或 iot/bio/equip/mat/energy</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: %2 bad row(s), nothing was imported; fix them and import the file again:</source>
        <translation>%1：%2 处错误，未导入任何数据；请改正后重新导入该文件：</translation>
    </message>
    <message>
        <source>Japanese Shift-JIS</source>
        <translation>日文 Shift-JIS</translation>
    </message>
    <message>
        <source>traditional Chinese Big5</source>
        <translation>繁体中文 Big5</translation>
    </message>
    <message>
        <source>another code page</source>
        <translation>其他编码</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GBK text: save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1 既不是 UTF-8 也不是 GBK 编码：请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 and does not read as Chinese in GBK (%2 non-ASCII characters are rare, kana or private-use; it may be %3); nothing was imported: save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>%1 不是 UTF-8，按 GBK 解码后也不像中文（%2 个非 ASCII 字符是生僻字、假名或私用区字符，可能是%3）；未导入任何数据：请另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>%1: the quoted cell starting on line %2 is never closed</source>
        <translation>%1：第 %2 行开始的引号没有闭合</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header line</source>
        <translation>%1 是空文件：应有表头行</translation>
    </message>
    <message>
        <source>not a number (%1 characters)</source>
        <translation>不是数字（%1 个字符）</translation>
    </message>
    <message>
        <source>ambiguous comma: a comma is allowed only as a thousands separator in groups of three (&quot;1,234.5&quot;); write 12.5 or 125 without a comma</source>
        <translation>逗号含义不明确：逗号只能作为每三位一组的千位分隔符（“1,234.5”）；请写成不带逗号的 12.5 或 125</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数</translation>
    </message>
    <message>
        <source>not a number (write digits with an optional decimal point, e.g. 1234.5)</source>
        <translation>不是数字（请写数字，可带小数点，例如 1234.5）</translation>
    </message>
    <message>
        <source>out of range: figures are 0 or between %1 and %2</source>
        <translation>超出范围：数值应为 0 或介于 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>too large: at most %1; check the unit</source>
        <translation>数值过大：最大为 %1；请检查单位</translation>
    </message>
    <message>
        <source>too small: a non-zero figure must be at least %1; write 0 for nothing</source>
        <translation>数值过小：非零数值至少为 %1；没有请写 0</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>column named twice (columns %1 and %2): keep one, nothing may be dropped silently</source>
        <translation>列名重复（第 %1 列和第 %2 列）：请只保留一列，任何数据都不会被悄悄丢弃</translation>
    </message>
    <message>
        <source>%1 cells but the header has %2 columns (quote cells that contain commas, e.g. &quot;1,234.5&quot;)</source>
        <translation>有 %1 个单元格，但表头有 %2 列（含逗号的单元格请加引号，例如 &quot;1,234.5&quot;）</translation>
    </message>
    <message>
        <source>the year must be a whole number 1949–2200</source>
        <translation>年份应为 1949–2200 之间的整数</translation>
    </message>
    <message>
        <source>%1 has no data rows below the header</source>
        <translation>%1 表头下没有数据行</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>…（共 %1 个字符）</translation>
    </message>
    <message>
        <source>the name is too long (%1 characters; at most %2)</source>
        <translation>名称过长（%1 个字符，最多 %2 个）</translation>
    </message>
    <message>
        <source>a name must not contain line breaks or control characters</source>
        <translation>名称不能包含换行或控制字符</translation>
    </message>
</context>
<context>
    <name>DistrictImporter</name>
    <message>
        <source>%1 has no field &quot;%2&quot; (--name-field); its fields are: %3</source>
        <translation>字段不存在：%1 中没有字段“%2”（--name-field）；其字段为：%3</translation>
    </message>
    <message>
        <source>%1 has no district name field (XZQMC, NAME …): pass --name-field FIELD (fields: %2)</source>
        <translation>%1 中没有区县名称字段（XZQMC、行政区、NAME …）：请指定 --name-field 字段（现有字段：%2）</translation>
    </message>
    <message>
        <source>%1: feature %2: the district name in field &quot;%3&quot; %4</source>
        <translation>区县名无效：%1 的要素 %2：字段“%3”中的区县名称%4</translation>
    </message>
</context>
<context>
    <name>DistrictLayer</name>
    <message>
        <source>District boundaries</source>
        <translation>区县边界</translation>
    </message>
</context>
<context>
    <name>EcosystemLayer</name>
    <message>
        <source>Parcels by ecosystem</source>
        <translation>地块（按产业生态圈）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>unknown encoding &quot;%1&quot; (--encoding): use e.g. GBK, GB18030, UTF-8 or ISO-8859-1</source>
        <translation>未知编码“%1”（--encoding）：请使用 GBK、GB18030、UTF-8 或 ISO-8859-1 等</translation>
    </message>
    <message>
        <source>%1: the .cpg declares UTF-8 but field &quot;%2&quot; holds bytes that are not UTF-8 (%3); %4</source>
        <translation>编码声明与内容不符：%1 的 .cpg 声明为 UTF-8，但字段“%2”含有非 UTF-8 字节（%3）；%4</translation>
    </message>
    <message>
        <source>%1: the .cpg declares %2 but field &quot;%3&quot; holds bytes that are not GBK/GB18030 (%4); pass the right one with --encoding%5</source>
        <translation>编码声明与内容不符：%1 的 .cpg 声明为 %2，但字段“%3”含有非 GBK/GB18030 字节（%4）；请用 --encoding 指定正确的编码%5</translation>
    </message>
    <message>
        <source>%1: the .cpg declares %2 but the text is UTF-8%3; pass --encoding UTF-8</source>
        <translation>编码声明与内容不符：%1 的 .cpg 声明为 %2，但文字是 UTF-8%3；请指定 --encoding UTF-8</translation>
    </message>
    <message>
        <source>%1: the .cpg declares %2 but the text of field &quot;%3&quot; is UTF-8%4; pass --encoding UTF-8 (or --encoding %2 to insist)</source>
        <translation>编码声明与内容不符：%1 的 .cpg 声明为 %2，但字段“%3”的文字是 UTF-8%4；请指定 --encoding UTF-8（坚持原编码则指定 --encoding %2）</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; holds text that is neither UTF-8 nor GBK/GB18030 (%3) and %4; pass the encoding with --encoding (e.g. --encoding ISO-8859-1 or --encoding GBK)</source>
        <translation>无法识别编码：%1 的字段“%2”中的文字既不是 UTF-8 也不是 GBK/GB18030（%3），且%4；请用 --encoding 指定编码（例如 --encoding ISO-8859-1 或 --encoding GBK）</translation>
    </message>
    <message>
        <source> (e.g. &quot;%1&quot;)</source>
        <translation>（例如“%1”）</translation>
    </message>
    <message>
        <source>--encoding %1 given</source>
        <translation>已指定 --encoding %1</translation>
    </message>
    <message>
        <source>--encoding UTF-8 was given but field %1 of %2 is not valid UTF-8 (%3)</source>
        <translation>已指定 --encoding UTF-8，但 %2 的字段 %1 不是有效的 UTF-8（%3）</translation>
    </message>
    <message>
        <source>--encoding %1 was given but field %2 of %3 is not valid GBK/GB18030 (%4)</source>
        <translation>已指定 --encoding %1，但 %3 的字段 %2 不是有效的 GBK/GB18030（%4）</translation>
    </message>
    <message>
        <source>--encoding %1 was given but the text of %2 looks like UTF-8%3</source>
        <translation>已指定 --encoding %1，但 %2 的文字看起来是 UTF-8%3</translation>
    </message>
    <message>
        <source>; WARNING: </source>
        <translation>；警告：</translation>
    </message>
    <message>
        <source>%1 declares %2 and the text agrees%3</source>
        <translation>%1 声明为 %2，文字与之相符%3</translation>
    </message>
    <message>
        <source>%1 declares CP936 (GBK) and the text reads as Chinese%2</source>
        <translation>%1 声明为 CP936（GBK），文字可读为中文%2</translation>
    </message>
    <message>
        <source>%1 says %2 but the text is valid UTF-8%3: using UTF-8</source>
        <translation>%1 标明为 %2，但文字是有效的 UTF-8%3：按 UTF-8 读取</translation>
    </message>
    <message>
        <source>%1; the text is valid UTF-8%2: using UTF-8</source>
        <translation>%1；文字是有效的 UTF-8%2：按 UTF-8 读取</translation>
    </message>
    <message>
        <source>%1; the text is not UTF-8 but reads as common Chinese in GB18030/GBK%2: using GB18030 (override with --encoding)</source>
        <translation>%1；文字不是 UTF-8，但按 GB18030/GBK 可读为常用中文%2：按 GB18030 读取（可用 --encoding 另行指定）</translation>
    </message>
    <message>
        <source>%1 declares %2; the text is neither UTF-8 nor Chinese%3: using %2 (override with --encoding)</source>
        <translation>%1 声明为 %2；文字既不是 UTF-8 也不是中文%3：按 %2 读取（可用 --encoding 另行指定）</translation>
    </message>
    <message>
        <source>all text is ASCII, so the encoding does not matter (%1; using %2)</source>
        <translation>文字全部为 ASCII，编码无关紧要（%1；按 %2 读取）</translation>
    </message>
    <message>
        <source>no .cpg and no language driver byte (LDID 0)</source>
        <translation>没有 .cpg 文件，也没有语言驱动字节（LDID 0）</translation>
    </message>
    <message>
        <source>LDID 0x%1 (unknown code page)</source>
        <translation>LDID 0x%1（未知代码页）</translation>
    </message>
</context>
<context>
    <name>EnterpriseImporter</name>
    <message>
        <source>required column missing; the header is name,year,parcels,%1</source>
        <translation>缺少必需的列；表头为 name,year,parcels,%1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>企业名称为空</translation>
    </message>
    <message>
        <source>no parcel with this code in the cache</source>
        <translation>缓存中没有这个地块编号</translation>
    </message>
    <message>
        <source>the code is used in %1: write district:code, e.g. %2:%3</source>
        <translation>该编号在多个区县使用（%1）：请写成 区县:编号，例如 %2:%3</translation>
    </message>
    <message>
        <source>duplicate of line %2 (same name and year %1)</source>
        <translation>重复：%1 年的这个企业已在第 %2 行</translation>
    </message>
    <message>
        <source>unknown chain; import the chains first (zhili-cli chains import), or leave chain and link empty</source>
        <translation>未知产业链；请先导入产业链（zhili-cli chains import），或将 chain、link 留空</translation>
    </message>
    <message>
        <source>several ecosystems have a chain of this name; rename one</source>
        <translation>多个生态圈有同名产业链；请改名其一</translation>
    </message>
    <message>
        <source>chain %1 has no such link; its links: %2</source>
        <translation>产业链 %1 没有此环节；其环节：%2</translation>
    </message>
    <message>
        <source>give the links of chain %1 this enterprise sits on (;-separated)</source>
        <translation>请填写该企业所在的产业链 %1 环节（用 ; 分隔）</translation>
    </message>
</context>
<context>
    <name>EnterprisesCommand</name>
    <message>
        <source>imported %1 (%2): %3 enterprises (%4 renting) — %5 inserted, %6 updated, %7 unchanged
</source>
        <translation>已导入 %1（%2）：%3 家企业（%4 家租用厂房）— 新增 %5，更新 %6，未变 %7
</translation>
    </message>
    <message>
        <source>import FILE.csv</source>
        <translation>import FILE.csv</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>cancelled; nothing was changed.</source>
        <translation>操作已取消，未做任何修改。</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>per-mu evaluation %1 (rules of %2; bands A %3 %, B %4 %, C %5 %)
</source>
        <translation>亩均论英雄评价 %1（规则：%2；分档 A %3 %，B %4 %，C %5 %）
</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>no enterprise figures for %1 (zhili-cli enterprises import)
</source>
        <translation>没有 %1 年的企业数据（zhili-cli enterprises import）
</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Tax per mu</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>Value added per mu</source>
        <translation>亩均增加值</translation>
    </message>
    <message>
        <source>Value added per tce</source>
        <translation>单位能耗增加值</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>劳动生产率</translation>
    </message>
    <message>
        <source>R&amp;D intensity</source>
        <translation>R&amp;D强度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>档</translation>
    </message>
    <message>
        <source>%1 (below scale)</source>
        <translation>%1 (规下)</translation>
    </message>
    <message>
        <source>renting</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>Year of the enterprise figures.</source>
        <translation>企业数据的年份。</translation>
    </message>
    <message>
        <source>Print JSON (full precision).</source>
        <translation>以 JSON 输出（全精度）。</translation>
    </message>
    <message>
        <source>Print CSV (full precision).</source>
        <translation>以 CSV 输出（全精度）。</translation>
    </message>
</context>
<context>
    <name>EvaluationRules</name>
    <message>
        <source>tax per mu (10k yuan/mu)</source>
        <translation>亩均税收（万元/亩）</translation>
    </message>
    <message>
        <source>value added per mu (10k yuan/mu)</source>
        <translation>亩均增加值（万元/亩）</translation>
    </message>
    <message>
        <source>value added per tce (10k yuan/tce)</source>
        <translation>单位能耗增加值（万元/吨标准煤）</translation>
    </message>
    <message>
        <source>value added per t emissions (10k yuan/t)</source>
        <translation>单位排放增加值（万元/吨）</translation>
    </message>
    <message>
        <source>labour productivity (10k yuan/person)</source>
        <translation>全员劳动生产率（万元/人）</translation>
    </message>
    <message>
        <source>R&amp;D intensity</source>
        <translation>R&amp;D 经费投入强度</translation>
    </message>
    <message>
        <source>evaluation rules for %1: %2</source>
        <translation>%1 年亩均评价规则：%2</translation>
    </message>
    <message>
        <source>large_revenue_wan must be ≥ 0, got %1</source>
        <translation>规上门槛 large_revenue_wan 必须 ≥ 0，而不是 %1</translation>
    </message>
    <message>
        <source>benchmark of %1 must be &gt; 0, got %2</source>
        <translation>%1 的基准值必须 &gt; 0，而不是 %2</translation>
    </message>
    <message>
        <source>weight of %1 must be ≥ 0, got %2</source>
        <translation>%1 的权重必须 ≥ 0，而不是 %2</translation>
    </message>
    <message>
        <source>evaluation rules JSON: %1</source>
        <translation>亩均评价规则 JSON：%1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; the keys are %2</source>
        <translation>未知的键“%1”；可用的键为 %2</translation>
    </message>
    <message>
        <source>&quot;large_revenue_wan&quot; must be a number (10k yuan), e.g. 2000</source>
        <translation>“large_revenue_wan”必须是数字（万元），例如 2000</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <source>recorded event %1 (%2, %3): %4 enterprises
</source>
        <translation>已记录对接活动 %1（%2，%3）：%4 家企业
</translation>
    </message>
    <message>
        <source>no events
</source>
        <translation>没有对接活动
</translation>
    </message>
    <message>
        <source>%1  %2 · %3%4 — %5 enterprises, %6 projects, orders %7, financing %8 (10k yuan)
</source>
        <translation>%1  %2 · %3%4 — %5 家企业，签约项目 %6 个，订单 %7，融资 %8（万元）
</translation>
    </message>
    <message>
        <source>add | list</source>
        <translation>add | list</translation>
    </message>
    <message>
        <source>add: the day it was held, YYYY-MM-DD.</source>
        <translation>add：举办日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>add: what it was called.</source>
        <translation>add：活动名称。</translation>
    </message>
    <message>
        <source>add: who took part, &quot;A;B;…&quot;.</source>
        <translation>add：参与企业，&quot;A;B;…&quot;。</translation>
    </message>
    <message>
        <source>add: projects signed.</source>
        <translation>add：签约项目数。</translation>
    </message>
    <message>
        <source>add: orders, 10k yuan.</source>
        <translation>add：订单额，万元。</translation>
    </message>
    <message>
        <source>add: financing, 10k yuan.</source>
        <translation>add：融资额，万元。</translation>
    </message>
    <message>
        <source>list: only this year.</source>
        <translation>list：只列该年。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：以 JSON 输出。</translation>
    </message>
    <message>
        <source>--projects wants a whole number (got %1)</source>
        <translation>--projects 需要整数（而不是 %1）</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n parcel(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个地块到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Output file; its suffix picks the format: .shp, .zip (zipped shapefile set), .gpkg, .geojson or .csv.</source>
        <translation>输出文件；扩展名决定格式：.shp、.zip（打包的 shapefile）、.gpkg、.geojson 或 .csv。</translation>
    </message>
    <message>
        <source>Only this district&apos;s parcels.</source>
        <translation>只导出该区县的地块。</translation>
    </message>
    <message>
        <source>Only parcels matching: clauses joined by &apos;;&apos; — district=A,B  ecosystem=bio,none  land_use=M1  status=production  text=WORD  area_mu&gt;=N  area_mu&lt;=N.</source>
        <translation>只导出符合条件的地块：各条件以 &apos;;&apos; 连接——district=A,B  ecosystem=bio,none  land_use=M1  status=production  text=WORD  area_mu&gt;=N  area_mu&lt;=N。</translation>
    </message>
    <message>
        <source>Shapefile text encoding: UTF-8 (default) or GBK (LDID 77, .cpg 936).</source>
        <translation>shapefile 的文本编码：UTF-8（默认）或 GBK（LDID 77，.cpg 936）。</translation>
    </message>
    <message>
        <source>Output CRS (default: the cache&apos;s).</source>
        <translation>输出坐标系（默认：缓存的坐标系）。</translation>
    </message>
    <message>
        <source>Columns, comma-separated (keys or shapefile names, see docs/export.md); &quot;all&quot; = every Zhili column (the default), &quot;source&quot; adds the source attributes, &quot;wkt&quot; a WKT geometry column (CSV).</source>
        <translation>列，逗号分隔（键或 shapefile 字段名，见 docs/export.md）；&quot;all&quot; 为 Zhili 的全部列（默认），&quot;source&quot; 加上源属性，&quot;wkt&quot; 加一列 WKT 几何（CSV）。</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>只输出错误。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 输出报告。</translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <source>unknown field &quot;%1&quot; in --fields (fields: %2, all, source, wkt)</source>
        <translation>--fields 中的字段“%1”未知（可用字段：%2、all、source、wkt）</translation>
    </message>
</context>
<context>
    <name>ExportQgisCommand</name>
    <message>
        <source>the cache %1 has no parcels to show; import some first</source>
        <translation>缓存 %1 中没有可显示的地块；请先导入地块</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2. Check that the folder exists and is writable.</source>
        <translation>无法写入“%1”：%2。请检查目录是否存在且可写。</translation>
    </message>
    <message>
        <source>--out &quot;%1&quot;: export-qgis writes QGIS projects: name the file .qgz</source>
        <translation>--out “%1”：export-qgis 只写出 QGIS 工程，请将文件命名为 .qgz</translation>
    </message>
    <message>
        <source>%1: QGIS project of %2 (layers from %3)
</source>
        <translation>%1：%2 的 QGIS 工程（图层引用 %3）
</translation>
    </message>
    <message>
        <source>Output QGIS project (.qgz).</source>
        <translation>输出的 QGIS 项目（.qgz）。</translation>
    </message>
    <message>
        <source>Open on one district.</source>
        <translation>打开时定位到一个行政区。</translation>
    </message>
    <message>
        <source>Parcel colours shown: ecosystem, land, energy or finance (default: the cache&apos;s saved view).</source>
        <translation>地块着色：ecosystem、land、energy 或 finance（默认：缓存保存的视图）。</translation>
    </message>
</context>
<context>
    <name>ExportStylesCommand</name>
    <message>
        <source>%1: %2 styles written to layer_styles (default: parcels by ecosystem, districts)
</source>
        <translation>%1：已将 %2 个样式写入 layer_styles（默认样式：地块按生态圈、行政区）
</translation>
    </message>
</context>
<context>
    <name>FeatureReprojector</name>
    <message>
        <source>%1: feature %2 (%3) has %4 at vertex %5: fix the geometry in the source, or give the right CRS with --crs</source>
        <translation>坐标无效：%1 的要素 %2（%3）在第 %5 个顶点处有%4：请修正源数据中的几何，或用 --crs 指定正确的坐标系</translation>
    </message>
</context>
<context>
    <name>FreshFileWrites</name>
    <message>
        <source>cannot switch %1 to WAL mode</source>
        <translation>无法将 %1 切换为 WAL 模式</translation>
    </message>
    <message>
        <source>cannot flush %1 to the disk</source>
        <translation>无法将 %1 写入磁盘</translation>
    </message>
</context>
<context>
    <name>Gcj02Warning</name>
    <message>
        <source>an unknown CRS</source>
        <translation>未知坐标系</translation>
    </message>
    <message>
        <source>The basemap is in GCJ-02 (the shifted coordinates of Chinese web maps such as AutoNavi (Amap) and Tencent) while the parcels are in %1: the basemap will appear offset from the parcels by up to several hundred metres. Do not digitise or check boundaries against it; use a basemap in CGCS2000 or WGS84 (Tianditu, OpenStreetMap, or your own GeoTIFF) instead.</source>
        <translation>底图为 GCJ-02 坐标（高德、腾讯等国内网络地图使用的加偏坐标），而地块为 %1：底图与地块之间将出现最多数百米的偏移。请勿参照该底图勾绘或核对边界；请改用 CGCS2000 或 WGS84 底图（天地图、OpenStreetMap 或自有 GeoTIFF）。</translation>
    </message>
</context>
<context>
    <name>GeoPackageCache</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cache not found: %1 — import parcels first (zhili-cli import FILE --cache %1)</source>
        <translation>缓存文件不存在：%1 — 请先导入地块（zhili-cli import FILE --cache %1）</translation>
    </message>
    <message>
        <source>%1 needs recovery: a write to it was interrupted and is still to be rolled back, which needs write access (%2); open it once as its owner, in a writable folder (e.g. zhili-cli info --cache %1)</source>
        <translation>%1 需要恢复：一次写入被中断，尚待回滚，而回滚需要写权限（%2）；请以文件所有者身份在可写目录中打开一次（例如 zhili-cli info --cache %1）</translation>
    </message>
    <message>
        <source>no parcel with code &quot;%1&quot; in %2</source>
        <translation>%2 中未找到编号为“%1”的地块</translation>
    </message>
    <message>
        <source>no parcel with code &quot;%1&quot; in district %2</source>
        <translation>区县 %2 中未找到编号为“%1”的地块</translation>
    </message>
    <message>
        <source>%1-wal has no -shm beside it</source>
        <translation>%1-wal 旁边没有 -shm 文件</translation>
    </message>
</context>
<context>
    <name>GisStyleRefresh</name>
    <message>
        <source>the change is saved, but writing the map styles for other GIS failed: %1; run zhili-cli export-styles --cache %2</source>
        <translation>修改已保存，但为其他 GIS 写入地图样式失败：%1；请运行 zhili-cli export-styles --cache %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>parcel %1 (%2)  uuid %3  revision %4 — %5 entries, newest first
</source>
        <translation>地块 %1（%2）  uuid %3  版本 %4 — 共 %5 条记录，最新的在前
</translation>
    </message>
    <message>
        <source>  [REFUSED] </source>
        <translation>  [拒绝] </translation>
    </message>
    <message>
        <source>At most N rows (newest first).</source>
        <translation>最多 N 行（最新的在前）。</translation>
    </message>
    <message>
        <source>--limit must be a whole number ≥ 0</source>
        <translation>--limit 必须是 ≥ 0 的整数</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>the parcels were imported, but writing the map styles for other GIS failed: %1; run zhili-cli export-styles</source>
        <translation>地块已导入，但为其他 GIS 写入地图样式失败：%1；请运行 zhili-cli export-styles</translation>
    </message>
    <message>
        <source>All parcels belong to this district.</source>
        <translation>所有地块属于该区县。</translation>
    </message>
    <message>
        <source>Field holding each parcel&apos;s district.</source>
        <translation>存放各地块所属区县的字段。</translation>
    </message>
    <message>
        <source>Field holding the parcel code; default DKBH, TBBH, BH, CODE or the Chinese field name for it.</source>
        <translation>存放地块编号的字段；默认 DKBH、地块编号、TBBH、BH、CODE。</translation>
    </message>
    <message>
        <source>Records sharing a code in one district: refuse (default), merge (one multipolygon per code, attributes of the first) or number (codes suffixed -1, -2 …).</source>
        <translation>同一区县内编号重复的记录：refuse（默认，拒绝）、merge（每个编号合并为一个多面，属性取第一条）或 number（编号加后缀 -1、-2……）。</translation>
    </message>
    <message>
        <source>Remove the parcels of the file&apos;s districts that the file no longer has (kept by default); a connected cache removes them on the city server at the next sync.</source>
        <translation>删除文件所含区县中文件里已不再有的地块（默认保留）；已连接服务器的缓存在下次同步时也从市级服务器上删除。</translation>
    </message>
    <message>
        <source>Fields for parcel attributes: role=FIELD,… with roles code, name, land_use, ecosystem, chain, land_mu, energy_tce, finance_wan, enterprise, status, notes (FIELD &quot;none&quot; switches a proposal off).</source>
        <translation>地块属性对应的字段：role=FIELD,…，role 可为 code、name、land_use、ecosystem、chain、land_mu、energy_tce、finance_wan、enterprise、status、notes（FIELD 为 &quot;none&quot; 时关闭该项建议）。</translation>
    </message>
    <message>
        <source>missing FILE to import</source>
        <translation>缺少要导入的文件</translation>
    </message>
    <message>
        <source>one FILE at a time (got %1)</source>
        <translation>一次只能导入一个文件（给出的是 %1）</translation>
    </message>
    <message>
        <source>give either --district or --district-field, not both</source>
        <translation>请给出 --district 或 --district-field 之一，不要同时给出</translation>
    </message>
    <message>
        <source>--map wants role=FIELD pairs, got &quot;%1&quot;</source>
        <translation>--map 需要 role=FIELD 形式的对，而不是“%1”</translation>
    </message>
    <message>
        <source>--map gives &quot;%1&quot; twice (%2 and %3): give each attribute one field</source>
        <translation>--map 两次给出“%1”（%2 和 %3）：每个属性只能对应一个字段</translation>
    </message>
</context>
<context>
    <name>ImportDistrictsCommand</name>
    <message>
        <source>Field holding the district name; default XZQMC, NAME, name, the Chinese field names for it …</source>
        <translation>存放区县名称的字段；默认 XZQMC、行政区、NAME、name……</translation>
    </message>
    <message>
        <source>missing FILE to import</source>
        <translation>缺少要导入的文件</translation>
    </message>
    <message>
        <source>one FILE at a time</source>
        <translation>一次只能导入一个文件</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>.shp, .zip, .gpkg or .geojson</source>
        <translation>.shp、.zip、.gpkg 或 .geojson</translation>
    </message>
    <message>
        <source>Cache file (.gpkg); created when missing.</source>
        <translation>缓存文件（.gpkg）；不存在时创建。</translation>
    </message>
    <message>
        <source>Layer, when the file has several.</source>
        <translation>图层（文件有多个图层时）。</translation>
    </message>
    <message>
        <source>Text encoding of the attributes (GBK, GB18030, UTF-8, ISO-8859-1 …); detected when absent.</source>
        <translation>属性的文本编码（GBK、GB18030、UTF-8、ISO-8859-1……）；未给出时自动检测。</translation>
    </message>
    <message>
        <source>Source CRS (EPSG:4490, EPSG:4549 …); required when the file has no .prj.</source>
        <translation>源坐标系（EPSG:4490、EPSG:4549……）；文件没有 .prj 时必填。</translation>
    </message>
    <message>
        <source>Who imports (audit log), with their password from $ZHILI_PASSWORD_FILE or the terminal when they have one.</source>
        <translation>导入人（记入审计日志）；设有密码时从 $ZHILI_PASSWORD_FILE 或终端读取。</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>只输出错误。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 输出报告。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import: %1%2</source>
        <translation>导入：%1%2</translation>
    </message>
    <message>
        <source>  Cache:        %1%2</source>
        <translation>  缓存：    %1%2</translation>
    </message>
    <message>
        <source>  Features:     %1 read, %2 inserted, %3 updated, %4 unchanged, %5 skipped (empty)</source>
        <translation>  要素：    读取 %1，新增 %2，更新 %3，未变 %4，跳过 %5（空）</translation>
    </message>
    <message>
        <source>  Encoding:     %1 — %2</source>
        <translation>  编码：    %1 — %2</translation>
    </message>
    <message>
        <source>  CRS:          %1 (%2) → %3</source>
        <translation>  坐标系：  %1（%2）→ %3</translation>
    </message>
    <message>
        <source>  Fields:       %1</source>
        <translation>  字段：    %1</translation>
    </message>
    <message>
        <source>  Districts:    %1</source>
        <translation>  行政区：  %1</translation>
    </message>
    <message>
        <source>  Empty/null geometry skipped, FIDs: %1%2</source>
        <translation>  已跳过空几何，FID：%1%2</translation>
    </message>
    <message>
        <source>  Invalid geometries: %1 repaired, %2 kept as they were (flagged)</source>
        <translation>  无效几何：修复 %1 个，%2 个保持原样（已标记）</translation>
    </message>
    <message>
        <source>  Missing %1: %2 parcel(s) in the cache are not in this file (kept): %3%4</source>
        <translation>  缺失 %1：缓存中有 %2 个地块不在此文件中（已保留）：%3%4</translation>
    </message>
    <message>
        <source>  Boundaries derived from parcels: %1</source>
        <translation>  由地块生成的区县边界：%1</translation>
    </message>
    <message>
        <source>  Warning: %1</source>
        <translation>  警告：%1</translation>
    </message>
    <message>
        <source>  Duplicate code: %1</source>
        <translation>  重复编号：%1</translation>
    </message>
    <message>
        <source>    tag left empty: %1</source>
        <translation>    标签未导入：%1</translation>
    </message>
    <message>
        <source>  Time:         %1 s</source>
        <translation>  用时：    %1 秒</translation>
    </message>
    <message>
        <source>  Missing %1: %2 parcel(s) in the cache are not in this file (removed): %3%4</source>
        <translation>  缺失 %1：缓存中有 %2 个地块不在此文件中（已删除）：%3%4</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>the folder of the cache %1 does not exist: create it first</source>
        <translation>缓存 %1 所在目录不存在：请先创建</translation>
    </message>
    <message>
        <source>cannot create the cache %1: %2</source>
        <translation>无法创建缓存 %1：%2</translation>
    </message>
</context>
<context>
    <name>IndicatorCliSupport</name>
    <message>
        <source>missing sub-command: one of %1</source>
        <translation>缺少子命令：可用 %1</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;: one of %2</source>
        <translation>未知子命令“%1”：可用 %2</translation>
    </message>
    <message>
        <source>--year must be a whole number 1949–2200, got &quot;%1&quot;</source>
        <translation>--year 应为 1949–2200 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>add: its chain; list: only this chain.</source>
        <translation>add：所属产业链；list：只列这条产业链。</translation>
    </message>
    <message>
        <source>add: the chain&apos;s ecosystem, when the name is in several.</source>
        <translation>add：产业链所属生态圈（同名产业链在多个生态圈中时）。</translation>
    </message>
    <message>
        <source>add: where (default: city-wide).</source>
        <translation>add：地点（默认：全市）。</translation>
    </message>
    <message>
        <source>Acting user (default: $ZHILI_USER or the login name); must be a city planner or an administrator. A user with a password gives it in the file named by $ZHILI_PASSWORD_FILE or on the terminal.</source>
        <translation>操作用户（默认：$ZHILI_USER 或登录名）；必须是市级规划人员或管理员。设有密码的用户在 $ZHILI_PASSWORD_FILE 所指的文件中或在终端上输入密码。</translation>
    </message>
    <message>
        <source>%1 import needs exactly one FILE.csv</source>
        <translation>%1 import 需要正好一个 CSV 文件</translation>
    </message>
    <message>
        <source>missing --year</source>
        <translation>缺少 --year</translation>
    </message>
    <message>
        <source>unknown --ecosystem &quot;%1&quot;; use iot/bio/equip/mat/energy or their Chinese names</source>
        <translation>未知的 --ecosystem“%1”；请使用 iot/bio/equip/mat/energy 或其中文名称</translation>
    </message>
</context>
<context>
    <name>IndicatorMapCommand</name>
    <message>
        <source>unknown --ecosystem &quot;%1&quot;</source>
        <translation>未知生态圈 --ecosystem“%1”</translation>
    </message>
    <message>
        <source>--out &quot;%1&quot;: indicator-map writes PNG images only: name the file .png</source>
        <translation>--out“%1”：indicator-map 只能写 PNG 图像：请将文件命名为 .png</translation>
    </message>
    <message>
        <source>cannot encode the %1x%2 map as PNG</source>
        <translation>无法将 %1x%2 的地图编码为 PNG</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>已写入 %1
</translation>
    </message>
    <message>
        <source>Year of the targets / enterprise figures.</source>
        <translation>目标 / 企业数据的年份。</translation>
    </message>
    <message>
        <source>achievement (districts by target achievement, key districts outlined) or classes (parcels by per-mu class).</source>
        <translation>achievement（按目标完成度给区县着色，勾出重点区县）或 classes（按亩均分类给地块着色）。</translation>
    </message>
    <message>
        <source>achievement: the ecosystem.</source>
        <translation>achievement：生态圈。</translation>
    </message>
    <message>
        <source>achievement: land, energy, finance or projects.</source>
        <translation>achievement：land、energy、finance 或 projects。</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>要写出的 PNG 文件。</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>宽度（像素）。</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>高度（像素）。</translation>
    </message>
    <message>
        <source>--layer must be achievement or classes, got &quot;%1&quot;</source>
        <translation>--layer 必须是 achievement 或 classes，而不是“%1”</translation>
    </message>
    <message>
        <source>--width/--height must be 16–20000 pixels</source>
        <translation>--width/--height 必须在 16–20000 像素之间</translation>
    </message>
    <message>
        <source>--measure must be land, energy, finance or projects</source>
        <translation>--measure 必须是 land、energy、finance 或 projects</translation>
    </message>
    <message>
        <source>%1 has no parcels to draw</source>
        <translation>%1 中没有可绘制的地块</translation>
    </message>
</context>
<context>
    <name>IndicatorOverlayLayer</name>
    <message>
        <source>Parcels by per-mu class</source>
        <translation>地块亩均评价分类</translation>
    </message>
    <message>
        <source>Target achievement by district</source>
        <translation>各区县目标完成度</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>parcels %1 overlap: the same land is allocated twice (%2)</source>
        <translation>地块 %1 相互重叠：同一块土地被重复分配（%2）</translation>
    </message>
    <message>
        <source>enterprise &quot;%1&quot; has parcels under %2: its project is counted under each</source>
        <translation>企业“%1”的地块分属%2：其项目在每个生态圈中各计一次</translation>
    </message>
    <message>
        <source>enterprise &quot;%2&quot; (%1 per-mu data) is linked to parcels under %3</source>
        <translation>%1 年亩均数据中的企业“%2”关联的地块分属%3</translation>
    </message>
    <message>
        <source>unknown ecosystem &quot;%1&quot;: use iot, bio, equip, mat or energy (or the Chinese name)</source>
        <translation>未知生态圈“%1”：请使用 iot、bio、equip、mat 或 energy（或中文名称）</translation>
    </message>
    <message>
        <source>%1 allocated %2, beyond the %3 the key district was given</source>
        <translation>%1 已分配 %2，超出重点区县安排的 %3</translation>
    </message>
</context>
<context>
    <name>IndicatorReportWriter</name>
    <message>
        <source>None found.
</source>
        <translation>无。
</translation>
    </message>
    <message>
        <source># Target progress of the industrial ecosystems, %1</source>
        <translation># 产业生态圈目标完成情况 %1</translation>
    </message>
    <message>
        <source>RAG thresholds: green ≥ %1 %, amber ≥ %2 %, otherwise red.</source>
        <translation>红黄绿阈值：绿 ≥ %1 %，黄 ≥ %2 %，否则红。</translation>
    </message>
    <message>
        <source>| District | Key | Parcels | Area (mu) | Land (mu) | Target | Done | Energy (tce) | Target | Done | Finance (10k yuan) | Target | Done | Projects | Target | Done | Status |</source>
        <translation>| 区县 | 重点 | 地块 | 面积(亩) | 用地(亩) | 目标 | 完成 | 用能(tce) | 目标 | 完成 | 金融(万元) | 目标 | 完成 | 项目 | 目标 | 完成 | 状态 |</translation>
    </message>
    <message>
        <source>Allocation ledger</source>
        <translation>区县配额台账</translation>
    </message>
    <message>
        <source>| District | Resource | Quota | Allocated | Balance | Over |</source>
        <translation>| 区县 | 资源 | 配额 | 已分配 | 余额 | 超配 |</translation>
    </message>
    <message>
        <source>⚠ over</source>
        <translation>⚠ 超配</translation>
    </message>
    <message>
        <source>Double counting</source>
        <translation>重复计算</translation>
    </message>
</context>
<context>
    <name>IndicatorStore</name>
    <message>
        <source>unknown ecosystem &quot;%1&quot;: use iot, bio, equip, mat or energy</source>
        <translation>未知生态圈“%1”：请使用 iot、bio、equip、mat 或 energy</translation>
    </message>
    <message>
        <source>%1 has no per-mu evaluation rules for %2 or earlier: store a rules version first</source>
        <translation>%1 中没有 %2 年及以前的亩均评价规则：请先保存一个规则版本</translation>
    </message>
    <message>
        <source>there is no target %1</source>
        <translation>没有目标 %1</translation>
    </message>
    <message>
        <source>%1: year must be 1949–2200, got %2</source>
        <translation>%1：年份应为 1949–2200，而不是 %2</translation>
    </message>
    <message>
        <source>%1: unknown ecosystem &quot;%2&quot;: use iot, bio, equip, mat or energy</source>
        <translation>%1：未知生态圈“%2”：请使用 iot、bio、equip、mat 或 energy</translation>
    </message>
    <message>
        <source>%1: unknown district &quot;%2&quot;; the cache has: %3 (empty = city-wide)</source>
        <translation>%1：未知区县“%2”；缓存中的区县有：%3（留空 = 全市）</translation>
    </message>
    <message>
        <source>the target %1 changed since it was read (now %2): reload and edit again</source>
        <translation>目标 %1 在读取后已被修改（现为 %2）：请重新加载后再编辑</translation>
    </message>
    <message>
        <source>there is already a target %1: edit that row instead</source>
        <translation>目标 %1 已存在：请编辑该行</translation>
    </message>
    <message>
        <source>the key districts of %1 changed since they were read: reload and edit again</source>
        <translation>%1 的重点区县在读取后已被修改：请重新加载后再编辑</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot; in %2; known: %3</source>
        <translation>%2 中的区县“%1”未知；已知区县：%3</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is listed twice</source>
        <translation>区县“%1”重复列出</translation>
    </message>
    <message>
        <source>quota for %1 %2 must be finite and ≥ 0, got %3</source>
        <translation>%1 的 %2 配额必须是有限数且 ≥ 0，而不是 %3</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot; in %2</source>
        <translation>%2 中的区县“%1”未知</translation>
    </message>
    <message>
        <source>RAG thresholds must satisfy 0 ≤ amber ≤ green and green &gt; 0 (fractions of the target, 0.9 = 90 %), got green %1, amber %2</source>
        <translation>红黄绿阈值须满足 0 ≤ 黄 ≤ 绿 且 绿 &gt; 0（为目标的比例，0.9 = 90 %），实际为 绿 %1、黄 %2</translation>
    </message>
</context>
<context>
    <name>IndustrialChain</name>
    <message>
        <source>Upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <source>Midstream</source>
        <translation>中游</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>下游</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Cache: %1
CRS: %2 (%3)
</source>
        <translation>缓存：%1
坐标系：%2（%3）
</translation>
    </message>
    <message>
        <source>Extent: %1, %2 – %3, %4
</source>
        <translation>范围：%1, %2 – %3, %4
</translation>
    </message>
    <message>
        <source>
By district:
</source>
        <translation>
按区县：
</translation>
    </message>
    <message>
        <source>
By ecosystem:
</source>
        <translation>
按生态圈：
</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块数</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积(亩)</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>无法读取 %1：文件不存在</translation>
    </message>
    <message>
        <source>%1 is a folder: give the path of a file</source>
        <translation>%1 是文件夹：请给出文件路径</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); save the data to a file and give its path</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；请将数据保存为文件后给出其路径</translation>
    </message>
    <message>
        <source>%1 is too large: %2 bytes, the limit is %3; split it into smaller files</source>
        <translation>%1 太大：%2 字节，上限为 %3；请拆分为较小的文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large: more than %2; split it into smaller files</source>
        <translation>%1 太大：超过 %2；请拆分为较小的文件</translation>
    </message>
</context>
<context>
    <name>Interruption</name>
    <message>
        <source>cancelled; nothing was changed.</source>
        <translation>操作已取消，未做任何修改。</translation>
    </message>
</context>
<context>
    <name>KeyDistrictsCommand</name>
    <message>
        <source>Edit key districts of %1</source>
        <translation>编辑%1的重点区县</translation>
    </message>
    <message>
        <source>unknown --ecosystem &quot;%1&quot;: use iot, bio, equip, mat or energy</source>
        <translation>未知生态圈 --ecosystem“%1”：请使用 iot、bio、equip、mat 或 energy</translation>
    </message>
    <message>
        <source>%1 %2 land %3 mu, energy %4 tce, finance %5 (10k yuan)
</source>
        <translation>%1 %2 用地 %3 亩，用能 %4 吨标准煤，金融 %5 万元
</translation>
    </message>
    <message>
        <source>give either --clear or --districts &quot;%1&quot;, not both</source>
        <translation>--clear 与 --districts“%1”不能同时使用，请只给出其一</translation>
    </message>
    <message>
        <source>--districts &quot;%1&quot; names no district: give districts, or --clear to remove all key districts of %2</source>
        <translation>--districts“%1”没有列出任何区县：请给出区县，或用 --clear 移除 %2 的全部重点区县</translation>
    </message>
    <message>
        <source>--districts: invalid district &quot;%1&quot;: %2</source>
        <translation>--districts：区县名“%1”无效：%2</translation>
    </message>
    <message>
        <source>--districts: %1 is named twice</source>
        <translation>--districts：%1 出现了两次</translation>
    </message>
    <message>
        <source>key districts of %2 (%1): %3 (%4 added, %5 updated, %6 removed)
</source>
        <translation>%1（%2）的重点区县：%3（新增 %4，更新 %5，移除 %6）
</translation>
    </message>
    <message>
        <source>set | list</source>
        <translation>set | list</translation>
    </message>
    <message>
        <source>Ecosystem key or name (bio, iot …).</source>
        <translation>生态圈的键或名称（生物医药、bio……）。</translation>
    </message>
    <message>
        <source>set: comma-separated districts, each optionally with the resources it is given: DISTRICT:land_mu=300:energy_tce=5000:finance_wan=20000. Districts already key keep their resources unless given. To remove all of the ecosystem&apos;s key districts give --clear, &quot;-&quot; or &quot;&quot; (a list that names no district, like &quot;,,&quot;, is refused).</source>
        <translation>set：逗号分隔的区县，每个可附带分配的资源：西湖区:land_mu=300:energy_tce=5000:finance_wan=20000。已是重点的区县未给出资源时保留原有资源。要删除该生态圈的全部重点区县，请给 --clear、&quot;-&quot; 或 &quot;&quot;（不含任何区县的列表，如 &quot;,,&quot;，会被拒绝）。</translation>
    </message>
    <message>
        <source>set: remove all key districts of the ecosystem.</source>
        <translation>set：删除该生态圈的全部重点区县。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：以 JSON 输出。</translation>
    </message>
    <message>
        <source>missing --districts (or --clear to remove all key districts)</source>
        <translation>缺少 --districts（或用 --clear 删除全部重点区县）</translation>
    </message>
    <message>
        <source>--districts: &quot;%1&quot; should be land_mu=N, energy_tce=N or finance_wan=N with N ≥ 0 (%2)</source>
        <translation>--districts：“%1”应为 land_mu=N、energy_tce=N 或 finance_wan=N，且 N ≥ 0（%2）</translation>
    </message>
    <message>
        <source>--districts: unknown resource &quot;%1&quot; (land_mu, energy_tce, finance_wan)</source>
        <translation>--districts：未知资源“%1”（land_mu、energy_tce、finance_wan）</translation>
    </message>
    <message>
        <source>missing --ecosystem</source>
        <translation>缺少 --ecosystem</translation>
    </message>
</context>
<context>
    <name>LabelLayer</name>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
</context>
<context>
    <name>LayoutTemplate</name>
    <message>
        <source>template error%1: &quot;%2&quot; %3</source>
        <translation>模板错误%1：“%2”%3</translation>
    </message>
    <message>
        <source>cannot read template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>template %1 is not valid JSON at offset %2: %3</source>
        <translation>模板 %1 不是有效的 JSON（偏移 %2 处）：%3</translation>
    </message>
    <message>
        <source>template %1 must be a JSON object</source>
        <translation>模板错误：模板 %1 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>cannot write template %1: %2</source>
        <translation>无法写入模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>no cache is open: load() one before saving styles.</source>
        <translation>没有打开的缓存：保存样式前请先 load() 一个缓存。</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>  none
</source>
        <translation>  无
</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>no parcel</source>
        <translation>无地块</translation>
    </message>
    <message>
        <source>%1 on %2: %3
</source>
        <translation>%1 在 %2：%3
</translation>
    </message>
    <message>
        <source>Suppliers (上游):</source>
        <translation>供应方（上游）：</translation>
    </message>
    <message>
        <source>Customers (下游):</source>
        <translation>客户（下游）：</translation>
    </message>
    <message>
        <source>The enterprise&apos;s name.</source>
        <translation>企业名称。</translation>
    </message>
    <message>
        <source>Only partners at most K km away.</source>
        <translation>只列距离不超过 K 公里的伙伴。</translation>
    </message>
    <message>
        <source>--within-km wants a distance in km above 0 (got &quot;%1&quot;)</source>
        <translation>--within-km 需要大于 0 的公里数（而不是“%1”）</translation>
    </message>
</context>
<context>
    <name>OgrSource</name>
    <message>
        <source>%1 holds no shapefile, GeoPackage or GeoJSON: no file in it could be read (an empty, damaged or encrypted zip, or not a zip at all); check it with your archive tool and import the .shp inside</source>
        <translation>压缩包 %1 中没有 Shapefile、GeoPackage 或 GeoJSON：其中的文件都无法读取（压缩包为空、已损坏、已加密，或根本不是 zip）；请用解压工具检查，并导入其中的 .shp</translation>
    </message>
    <message>
        <source>%2: %3 inside the zip has no .%1 beside it; a shapefile needs its .shp, .shx and .dbf together — zip all of them</source>
        <translation>压缩包内缺少 .%1：%2 中的 %3 旁边没有 .%1 文件；Shapefile 需要 .shp、.shx 和 .dbf 放在一起 — 请将它们一并压缩</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, device or socket): copy the data into a file and import that</source>
        <translation>%1 不是普通文件（而是管道、设备或套接字）：请将数据复制到文件中再导入</translation>
    </message>
    <message>
        <source>%1: the .shx index file is missing; a shapefile needs its .shp, .shx and .dbf side by side (copy the .shx that came with it)</source>
        <translation>%1：缺少 .shx 索引文件；Shapefile 需要 .shp、.shx 和 .dbf 放在同一目录（请复制随附的 .shx）</translation>
    </message>
    <message>
        <source>%1: the .dbf attribute file is missing, so there are no parcel codes or names; copy the .dbf that came with the .shp</source>
        <translation>%1：缺少 .dbf 属性文件，因而没有地块编号和名称；请复制与 .shp 随附的 .dbf</translation>
    </message>
    <message>
        <source>%1: the zip holds no shapefile, GeoPackage or GeoJSON (it contains: %2)</source>
        <translation>%1：压缩包中没有 Shapefile、GeoPackage 或 GeoJSON（其中包含：%2）</translation>
    </message>
    <message>
        <source>%1 cannot be opened as vector data (%2): it must be a shapefile (.shp with .shx and .dbf), a .zip of one, a GeoPackage or GeoJSON</source>
        <translation>无法将 %1 作为矢量数据打开（%2）：应为 Shapefile（.shp 及 .shx、.dbf）、其 .zip 压缩包、GeoPackage 或 GeoJSON</translation>
    </message>
    <message>
        <source>%1: layer %2 has no .dbf attribute file, so there are no parcel codes or names; copy the .dbf that came with the .shp</source>
        <translation>%1：图层 %2 缺少 .dbf 属性文件，因而没有地块编号和名称；请复制与 .shp 随附的 .dbf</translation>
    </message>
    <message>
        <source>%1: the .dbf has %2 records but the .shp has %3 shapes; the files do not belong together or one of them is truncated</source>
        <translation>记录数不一致：%1 的 .dbf 有 %2 条记录，但 .shp 有 %3 个图形；这些文件不配套，或其中之一被截断</translation>
    </message>
    <message>
        <source>%1 is truncated: its header announces %2 records (%3 bytes) but the file has only %4 bytes</source>
        <translation>文件被截断：%1 的文件头声明有 %2 条记录（%3 字节），但文件只有 %4 字节</translation>
    </message>
    <message>
        <source>%1 is too short to be a shapefile (%2 bytes): it is damaged</source>
        <translation>%1 太短，不可能是 Shapefile（%2 字节）：文件已损坏</translation>
    </message>
    <message>
        <source>%1 is truncated: its header announces %2 bytes but the file has only %3; copy the complete file again</source>
        <translation>文件被截断：%1 的文件头声明有 %2 字节，但文件只有 %3 字节；请重新复制完整的文件</translation>
    </message>
    <message>
        <source>the file has no .prj and longitude/latitude coordinates: if it came from a Chinese web map (AMap, Tencent, Baidu) it may be in GCJ-02/BD-09, offset by several hundred metres from CGCS2000/WGS 84 — check it against a known boundary</source>
        <translation>文件没有 .prj，且坐标为经纬度：如果数据来自国内网络地图（高德、腾讯、百度），可能是 GCJ-02/BD-09 坐标，与 CGCS2000/WGS 84 相差数百米 — 请与已知边界核对</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; holds %3 geometries, not polygons; only polygon layers can be imported as parcels or districts</source>
        <translation>不是面图层：%1 的图层“%2”包含%3几何，而不是面；只有面图层才能作为地块或区县导入</translation>
    </message>
    <message>
        <source>%1: %2; pass the source CRS with --crs, e.g. --crs EPSG:4490 (CGCS2000 longitude/latitude) or --crs EPSG:4549 (CGCS2000 GK CM 120E). The coordinates look like %3</source>
        <translation>缺少坐标系：%1：%2；请用 --crs 指定源坐标系，例如 --crs EPSG:4490（CGCS2000 经纬度）或 --crs EPSG:4549（CGCS2000 高斯-克吕格，中央经线 120°E）。坐标看起来像%3</translation>
    </message>
    <message>
        <source>%1: the CRS is %2 (%3) but the coordinates (x %4 … %5, y %6 … %7) are not %8: they look like %9; pass the right --crs</source>
        <translation>坐标与坐标系不符：%1 的坐标系为 %2（%3），但坐标（x %4 … %5，y %6 … %7）不是%8：看起来像%9；请用 --crs 指定正确的坐标系</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated near feature %2: %3</source>
        <translation>文件已损坏：%1 在要素 %2 附近损坏或被截断：%3</translation>
    </message>
    <message>
        <source>%1: feature %2 of layer &quot;%3&quot; is a %4, not a polygon; only polygons can be imported</source>
        <translation>不是面要素：%1 中图层“%3”的要素 %2 是%4，不是面；只能导入面</translation>
    </message>
    <message>
        <source>%1 stores text as UTF-8</source>
        <translation>%1 以 UTF-8 存储文字</translation>
    </message>
    <message>
        <source>--crs %1 given</source>
        <translation>已指定 --crs %1</translation>
    </message>
    <message>
        <source>from the .prj</source>
        <translation>来自 .prj 文件</translation>
    </message>
    <message>
        <source>from the layer</source>
        <translation>来自图层</translation>
    </message>
    <message>
        <source>--crs %1 overrides the file&apos;s own CRS %2</source>
        <translation>--crs %1 取代了文件自带的坐标系 %2</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>no output file given: name the file to write</source>
        <translation>没有指定输出文件：请给出要写入的文件名</translation>
    </message>
    <message>
        <source>%1 is the cache this command works on (or one of its files): writing the output there would destroy it; choose another output file</source>
        <translation>%1 是本命令正在使用的缓存（或其文件之一）：写入会破坏它；请另选输出文件</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name</source>
        <translation>%1 是文件夹：请给出文件名</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket): give the name of a file to write, or leave the option out to print to the terminal</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）：请给出要写入的文件名，或省略该选项以输出到终端</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist; create it first or choose another output file</source>
        <translation>无法写入 %1：目录 %2 不存在；请先创建，或另选输出文件</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable; choose another folder</source>
        <translation>无法写入 %1：目录 %2 不可写；请另选目录</translation>
    </message>
    <message>
        <source>%1 exists and is read-only: choose another output file</source>
        <translation>%1 已存在且为只读：请另选输出文件</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (a cache or GeoPackage): it is not overwritten unless you add --force; choose another output file</source>
        <translation>%1 是 SQLite 数据库（缓存或 GeoPackage）：除非加上 --force，否则不会覆盖；请另选输出文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2 (disk full?); the file was left as it was</source>
        <translation>写入 %1 失败：%2（磁盘已满？）；文件保持原样</translation>
    </message>
</context>
<context>
    <name>PagePreset</name>
    <message>
        <source>unknown page &quot;%1&quot;: use one of %2</source>
        <translation>未知页面“%1”：请使用 %2 之一</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <source>16:9 slide (1920×1080)</source>
        <translation>16:9 幻灯片（1920×1080）</translation>
    </message>
</context>
<context>
    <name>ParcelCopyEncoder</name>
    <message>
        <source>parcel %1 of %2 has an invalid uuid (%3): it cannot be published</source>
        <translation>%2 的地块 %1 的 uuid 无效（%3），无法发布</translation>
    </message>
</context>
<context>
    <name>ParcelEditor</name>
    <message>
        <source>%1 is open read-only; edits are not possible</source>
        <translation>缓存 %1 以只读方式打开，无法编辑</translation>
    </message>
    <message>
        <source>parcel #%1 no longer exists in %2; nothing was changed</source>
        <translation>地块 #%1 在 %2 中已不存在；未做任何修改</translation>
    </message>
    <message>
        <source>; and %1 more parcels refused</source>
        <translation>；另有 %1 个地块被拒绝</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>；未做任何修改</translation>
    </message>
    <message>
        <source>parcel %1 (%2) has changed since this edit (now %3); cannot %4 it without overwriting that change</source>
        <translation>地块 %1（%2）在此次编辑后已被修改（现为 %3）；无法在不覆盖该修改的情况下%4</translation>
    </message>
    <message>
        <source>parcel %1 (%2): %3</source>
        <translation>地块 %1（%2）：%3</translation>
    </message>
    <message>
        <source>
nothing was changed</source>
        <translation>
未做任何修改</translation>
    </message>
    <message>
        <source>parcel %1 changed while it was being edited; try again</source>
        <translation>地块 %1 在编辑过程中被修改；请重试</translation>
    </message>
</context>
<context>
    <name>ParcelExporter</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: unknown export format; the file name must end in .shp, .zip, .gpkg, .geojson or .csv</source>
        <translation>%1：未知的导出格式；文件名须以 .shp、.zip、.gpkg、.geojson 或 .csv 结尾</translation>
    </message>
    <message>
        <source>GDAL does not understand the CRS %1</source>
        <translation>GDAL 无法识别坐标系 %1</translation>
    </message>
    <message>
        <source>%1: cannot create field %2</source>
        <translation>%1：无法创建字段 %2</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot; in %2 (districts: %3)</source>
        <translation>未知的行政区“%1”（%2 中的行政区：%3）</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; and the filter&apos;s districts (%2) exclude each other: nothing to export</source>
        <translation>行政区“%1”与筛选条件中的行政区（%2）互相排斥：没有可导出的地块</translation>
    </message>
    <message>
        <source>--crs &quot;%1&quot; is not a known CRS: %2</source>
        <translation>--crs “%1”不是已知的坐标系：%2</translation>
    </message>
    <message>
        <source>%1: cannot write there (the folder %2 is missing or not writable)</source>
        <translation>%1：无法写入（文件夹 %2 不存在或不可写）</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name</source>
        <translation>%1 是文件夹：请给出文件名</translation>
    </message>
    <message>
        <source>%1: cannot replace the existing file</source>
        <translation>%1：无法替换已有文件</translation>
    </message>
    <message>
        <source>%1: cannot move the export into place</source>
        <translation>%1：无法将导出文件移动到目标位置</translation>
    </message>
    <message>
        <source>--encoding %1 is for shapefiles; %2 files are always UTF-8</source>
        <translation>--encoding %1 仅用于 Shapefile；%2 文件始终为 UTF-8</translation>
    </message>
    <message>
        <source>unknown --encoding &quot;%1&quot; (use UTF-8 or GBK)</source>
        <translation>未知的 --encoding “%1”（请用 UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>--fields wkt is for CSV; %1 files carry the geometry itself</source>
        <translation>--fields wkt 仅用于 CSV；%1 文件自带几何图形</translation>
    </message>
    <message>
        <source>Exporting parcels to %1</source>
        <translation>正在导出地块到 %1</translation>
    </message>
    <message>
        <source>parcel %1 (%2): %3</source>
        <translation>地块 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>ParcelFeatureReader</name>
    <message>
        <source>%1: field &quot;%2&quot; (%3) of feature %4 holds &quot;%5&quot;, which is not a non-negative number; fix the value or leave this field out of --map</source>
        <translation>数值无效：%1 中要素 %4 的字段“%2”（%3）为“%5”，不是非负数；请修正该值，或不要在 --map 中映射此字段</translation>
    </message>
    <message>
        <source>%1: feature %2 has a parcel code that %3: parcel codes are short identifiers; check the code field (--id-field)</source>
        <translation>编号过长：%1 中要素 %2 的地块编号%3：地块编号应是简短的标识；请检查编号字段（--id-field）</translation>
    </message>
    <message>
        <source>%1: feature %2 (code %3) has a district name that %4: check the district field &quot;%5&quot; (--district-field) and the encoding</source>
        <translation>行政区名过长：%1 中要素 %2（编号 %3）的区县名称%4：请检查区县字段“%5”（--district-field）和编码</translation>
    </message>
    <message>
        <source>%1: feature %2 (code %3) has an empty district field &quot;%4&quot;; fill it or pass --district NAME</source>
        <translation>行政区为空：%1 中要素 %2（编号 %3）的区县字段“%4”为空；请填写，或用 --district 名称 指定</translation>
    </message>
</context>
<context>
    <name>ParcelFilter</name>
    <message>
        <source>district: %1</source>
        <translation>区县：%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>ecosystem: %1</source>
        <translation>生态圈：%1</translation>
    </message>
    <message>
        <source>land use: %1*</source>
        <translation>用地性质：%1*</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>area: %1–%2 mu</source>
        <translation>面积：%1–%2 亩</translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation>全部地块</translation>
    </message>
</context>
<context>
    <name>ParcelFilterText</name>
    <message>
        <source>--where: unknown ecosystem &quot;%1&quot; (use %2 or none)</source>
        <translation>--where：未知的生态圈“%1”（请用 %2 或 none）</translation>
    </message>
    <message>
        <source>--where: unknown status &quot;%1&quot; (use %2 or none)</source>
        <translation>--where：未知的状态“%1”（请用 %2 或 none）</translation>
    </message>
    <message>
        <source>--where: &quot;%1&quot; wants a number of mu</source>
        <translation>--where：“%1”需要一个亩数</translation>
    </message>
    <message>
        <source>--where: &quot;%1&quot; wants area_mu&gt;=N or area_mu&lt;=N</source>
        <translation>--where：“%1”应写作 area_mu&gt;=N 或 area_mu&lt;=N</translation>
    </message>
    <message>
        <source>--where: &quot;%1&quot; is not key=value (keys: district, ecosystem, land_use, status, text, area_mu&gt;=, area_mu&lt;=)</source>
        <translation>--where：“%1”不是 键=值 形式（键：district、ecosystem、land_use、status、text、area_mu&gt;=、area_mu&lt;=）</translation>
    </message>
    <message>
        <source>--where: unknown key &quot;%1&quot; (keys: district, ecosystem, land_use, status, text, area_mu&gt;=, area_mu&lt;=)</source>
        <translation>--where：未知的键“%1”（键：district、ecosystem、land_use、status、text、area_mu&gt;=、area_mu&lt;=）</translation>
    </message>
</context>
<context>
    <name>ParcelImporter</name>
    <message>
        <source>%1 has no field &quot;%2&quot; (asked for %3); its fields are: %4</source>
        <translation>字段不存在：%1 中没有字段“%2”（%3 所需）；其字段为：%4</translation>
    </message>
    <message>
        <source>%1 has no district field (XZQ, XZQMC, ZLDWMC, DISTRICT): pass --district NAME for the whole file or --district-field FIELD (fields: %2)</source>
        <translation>%1 中没有行政区字段（XZQ、XZQMC、行政区、ZLDWMC、DISTRICT）：请用 --district 名称 指定整个文件的区县，或用 --district-field 字段 指定字段（现有字段：%2）</translation>
    </message>
    <message>
        <source>--district %1</source>
        <translation>行政区名无效：--district %1</translation>
    </message>
</context>
<context>
    <name>ParcelRowWriter</name>
    <message>
        <source>%1: parcel codes occur more than once in the same district (%2); each parcel needs its own code — fix the file, choose another --id-field, or pass --duplicates merge (one multipolygon per code) or --duplicates number (codes suffixed -1, -2 …)</source>
        <translation>地块编号重复：%1 中同一区县内有编号出现多次（%2）；每个地块需要唯一编号 — 请修改文件、另选 --id-field，或指定 --duplicates merge（同一编号合并为一个多面）或 --duplicates number（编号加后缀 -1、-2 …）</translation>
    </message>
    <message>
        <source>%1 new district(s) have names that look like mis-decoded text (%2): the encoding %3 is probably wrong — undo by re-importing with the right --encoding (GBK for most Chinese shapefiles) into a fresh cache</source>
        <translation>乱码：%1 个新区县的名称看起来是解码错误的文字（%2）：编码 %3 可能不对 — 请用正确的 --encoding（大多数中文 Shapefile 为 GBK）重新导入到新的缓存</translation>
    </message>
    <message>
        <source>unknown ecosystem &quot;%1&quot; in field %2 (%3 parcel(s), e.g. %4): left unassigned; use iot/bio/equip/mat/energy or their Chinese names</source>
        <translation>字段 %2 中的生态圈“%1”未知（%3 个地块，例如 %4）：保持未分配；请使用 智能物联/生物医药/高端装备/新材料/绿色能源 或 iot/bio/equip/mat/energy</translation>
    </message>
</context>
<context>
    <name>ParcelStore</name>
    <message>
        <source>parcel fid %1 in %2 has a geometry that is not a (Multi)Polygon or is truncated; re-import the layer.</source>
        <translation>%2 中 fid 为 %1 的地块几何无法读取：不是（多）面或已被截断；请重新导入该图层。</translation>
    </message>
</context>
<context>
    <name>PasswordFile</name>
    <message>
        <source>cannot read the password file %1 (%2): %3</source>
        <translation>无法读取密码文件 %1（%2）：%3</translation>
    </message>
    <message>
        <source>the password file %1 (%2) is empty: put the password on its first line</source>
        <translation>密码文件 %1（%2）为空：请把密码写在第一行</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>cannot initialise libsodium (no random source)</source>
        <translation>无法初始化 libsodium（没有随机数来源）</translation>
    </message>
    <message>
        <source>not enough memory to hash the password (Argon2id needs 64 MiB)</source>
        <translation>内存不足，无法计算密码散列（Argon2id 需要 64 MiB）</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>user %1 has a password and there is no terminal to ask for it: put it on the first line of a file readable only by you and set ZHILI_PASSWORD_FILE to that file&apos;s path</source>
        <translation>用户 %1 设有密码，但没有终端可以询问：请把密码写在一个只有您能读取的文件的第一行，并把 ZHILI_PASSWORD_FILE 设为该文件的路径</translation>
    </message>
</context>
<context>
    <name>PerMuClassLayer</name>
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
    <name>PerMuEvaluator</name>
    <message>
        <source>linked parcel %1 is no longer in the cache</source>
        <translation>关联的地块 %1 已不在缓存中</translation>
    </message>
    <message>
        <source>%1: no %2 figure</source>
        <translation>%1：缺少%2数据</translation>
    </message>
    <message>
        <source>%1: no or zero %2</source>
        <translation>%1：%2为空或为 0</translation>
    </message>
    <message>
        <source>land</source>
        <translation>用地亩数</translation>
    </message>
    <message>
        <source>renting, no land of its own: no per-mu score and no class</source>
        <translation>租用厂房，无自有用地：不计亩均得分，不分档</translation>
    </message>
    <message>
        <source>the score is out of range, no class: check the enterprise&apos;s figures</source>
        <translation>得分超出范围，不分档：请检查该企业的数据</translation>
    </message>
</context>
<context>
    <name>PermissionPolicy</name>
    <message>
        <source>city planners may not edit parcels, only targets and key districts (%1; parcel %2 in %3)</source>
        <translation>市级规划人员不能编辑地块，只能编辑目标与重点区县（%1；地块 %2 位于 %3）</translation>
    </message>
    <message>
        <source>district officers may edit only parcels of their own district (%1: %2; parcel %3 is in %4)</source>
        <translation>区县干部只能编辑本区县的地块（%1：%2；地块 %3 位于 %4）</translation>
    </message>
    <message>
        <source>only city planners and administrators may edit targets (%1 is a %2)</source>
        <translation>只有市级规划人员和管理员可以编辑目标（%1 是%2）</translation>
    </message>
    <message>
        <source>only city planners and administrators may designate key districts (%1 is a %2)</source>
        <translation>只有市级规划人员和管理员可以指定重点区县（%1 是%2）</translation>
    </message>
    <message>
        <source>city planners may not import parcels (%1 is a %2): a district officer imports their own district&apos;s file, an administrator any</source>
        <translation>市级规划人员不能导入地块（%1 是%2）：区县干部导入本区县的文件，管理员可导入任何文件</translation>
    </message>
    <message>
        <source>district officers may import only parcels of their own district (%1: %2; the file has parcels in %3): nothing was imported</source>
        <translation>区县干部只能导入本区县的地块（%1：%2；文件中有位于 %3 的地块）：未导入任何数据</translation>
    </message>
    <message>
        <source>only administrators may import district boundaries (%1 is a %2): they replace the outlines of every district</source>
        <translation>只有管理员可以导入区县边界（%1 是%2）：导入会替换所有区县的边界</translation>
    </message>
    <message>
        <source>only administrators may add users (%1 is a %2): pass --user with an administrator&apos;s name</source>
        <translation>只有管理员可以添加用户（%1 是%2）：请用 --user 指定管理员的用户名</translation>
    </message>
    <message>
        <source>only city planners and administrators may edit industrial chains, events and blockages (%1 is a %2)</source>
        <translation>只有市级规划人员和管理员可以编辑产业链、对接活动和问题清单（%1 是%2）</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>cannot connect to the city server %1: %2. Check the URL, that the server is running, and the password (in the URL, PGPASSWORD, ~/.pgpass or ZHILI_PASSWORD_FILE)</source>
        <translation>无法连接市级服务器 %1：%2。请检查地址、服务器是否在运行，以及密码（地址中、PGPASSWORD、~/.pgpass 或 ZHILI_PASSWORD_FILE）</translation>
    </message>
    <message>
        <source>lost the connection to the city server %1 while %2: %3. Nothing is lost: run the same command again when the server is back</source>
        <translation>执行 %2 时与市级服务器 %1 的连接中断：%3。没有数据丢失：服务器恢复后再次运行同一命令即可</translation>
    </message>
    <message>
        <source>the city server %1 refused %2: %3</source>
        <translation>市级服务器 %1 拒绝了 %2：%3</translation>
    </message>
    <message>
        <source>listening for changes</source>
        <translation>监听变更</translation>
    </message>
    <message>
        <source>cannot prepare the password of %1: %2</source>
        <translation>无法处理 %1 的密码：%2</translation>
    </message>
    <message>
        <source>cannot quote the name &quot;%1&quot;: %2</source>
        <translation>无法引用名称“%1”：%2</translation>
    </message>
    <message>
        <source>cannot quote a value: %1</source>
        <translation>无法引用取值：%1</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>published %1 parcels of %2 districts (%3)
</source>
        <translation>已发布 %2 个区县的 %1 个地块（%3）
</translation>
    </message>
    <message>
        <source>already on the server, left as they are: %1
</source>
        <translation>服务器上已有、保持不变：%1
</translation>
    </message>
</context>
<context>
    <name>QuotasCommand</name>
    <message>
        <source>--district: invalid district &quot;%1&quot;: %2</source>
        <translation>--district：区县名“%1”无效：%2</translation>
    </message>
    <message>
        <source>%1: quotas for %2 set (%3 resources)
</source>
        <translation>%1 %2 年配额已更新（%3 项资源）
</translation>
    </message>
    <message>
        <source>set | list</source>
        <translation>set | list</translation>
    </message>
    <message>
        <source>Quota year.</source>
        <translation>配额年份。</translation>
    </message>
    <message>
        <source>set: the district.</source>
        <translation>set：区县。</translation>
    </message>
    <message>
        <source>set: quota of %1.</source>
        <translation>set：%1配额。</translation>
    </message>
    <message>
        <source>--%1 must be ≥ 0</source>
        <translation>--%1 必须 ≥ 0</translation>
    </message>
    <message>
        <source>give at least one of --land-mu, --energy-tce, --finance-wan</source>
        <translation>请至少给出 --land-mu、--energy-tce、--finance-wan 之一</translation>
    </message>
</context>
<context>
    <name>RasterReader</name>
    <message>
        <source>the raster &quot;%1&quot; has no north-up georeferencing (or no bands); export it as a GeoTIFF in the cache CRS.</source>
        <translation>栅格“%1”没有正北朝上的地理参考（或没有波段）；请将其导出为缓存坐标系下的 GeoTIFF。</translation>
    </message>
    <message>
        <source>reading the basemap &quot;%1&quot; failed: %2</source>
        <translation>读取底图“%1”失败：%2</translation>
    </message>
    <message>
        <source>cannot open the basemap &quot;%1&quot;: %2. Use a GeoTIFF or MBTiles file, or a tile URL with {z}, {x} and {y}.</source>
        <translation>无法打开底图“%1”：%2。请使用 GeoTIFF 或 MBTiles 文件，或含 {z}、{x}、{y} 的瓦片 URL。</translation>
    </message>
    <message>
        <source>the map CRS EPSG:%1 is unknown to GDAL</source>
        <translation>GDAL 不认识地图坐标系 EPSG:%1</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>--dpi %1 must be between 10 and 2400</source>
        <translation>--dpi %1 超出范围：应在 10 到 2400 之间</translation>
    </message>
    <message>
        <source>give either --extent or --district</source>
        <translation>--extent 与 --district 只能选一个</translation>
    </message>
    <message>
        <source>--out &quot;%1&quot;: render writes PNG images only: name the file .png</source>
        <translation>--out“%1”：render 只能写 PNG 图像：请将文件命名为 .png</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot;; the cache has: %2</source>
        <translation>未知行政区“%1”；缓存中的区县有：%2</translation>
    </message>
    <message>
        <source>the cache %1 has no parcels to render; import some first</source>
        <translation>缓存 %1 中没有可渲染的地块；请先导入</translation>
    </message>
    <message>
        <source>zhili-cli render: the extent&apos;s aspect ratio differs from the image&apos;s; widened symmetrically from %1,%2,%3,%4 to %5,%6,%7,%8
</source>
        <translation>zhili-cli render：--extent 的宽高比与图像不同，已从 %1,%2,%3,%4 对称扩展为 %5,%6,%7,%8
</translation>
    </message>
    <message>
        <source>rendering failed (out of memory for %1x%2?)</source>
        <translation>渲染失败（%1x%2 内存不足？）</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2. Check that the folder exists and is writable.</source>
        <translation>无法写入“%1”：%2。请检查目录是否存在且可写。</translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed: %2</source>
        <translation>写图像“%1”失败：%2</translation>
    </message>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>--%1 needs --basemap SOURCE</source>
        <translation>--%1 需要同时给出 --basemap 底图来源</translation>
    </message>
    <message>
        <source>--basemap is empty: give a GeoTIFF or MBTiles file or a tile URL with {z}/{x}/{y}</source>
        <translation>--basemap 为空：请给出 GeoTIFF 或 MBTiles 文件，或含 {z}/{x}/{y} 的瓦片 URL</translation>
    </message>
    <message>
        <source>zhili-cli render: warning: %1
</source>
        <translation>zhili-cli render：警告：%1
</translation>
    </message>
    <message>
        <source>Output image (.png).</source>
        <translation>输出图像（.png）。</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1920x1080).</source>
        <translation>图像尺寸，像素（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>Resolution for line widths and labels (default 96).</source>
        <translation>线宽和标注所用的分辨率（默认 96）。</translation>
    </message>
    <message>
        <source>Map extent in cache-CRS metres; widened symmetrically to the image&apos;s aspect ratio when it differs.</source>
        <translation>地图范围，缓存坐标系下的米；与图像宽高比不同时对称扩展。</translation>
    </message>
    <message>
        <source>Frame one district.</source>
        <translation>以一个行政区为画面。</translation>
    </message>
    <message>
        <source>Comma-separated layers: districts,parcels,land,energy,finance,labels (default districts,parcels,labels).</source>
        <translation>逗号分隔的图层：districts,parcels,land,energy,finance,labels（默认 districts,parcels,labels）。</translation>
    </message>
    <message>
        <source>Parcel colours: ecosystem (default), land, energy or finance.</source>
        <translation>地块着色：ecosystem（默认）、land、energy 或 finance。</translation>
    </message>
    <message>
        <source>Leave the background transparent.</source>
        <translation>背景保持透明。</translation>
    </message>
    <message>
        <source>Basemap under the map: a GeoTIFF or MBTiles file, or an XYZ tile URL (https://…/{z}/{x}/{y}.png or file:///…); reprojected to the cache CRS, tiles kept in $ZHILI_TILE_CACHE or the user cache.</source>
        <translation>地图下的底图：GeoTIFF 或 MBTiles 文件，或 XYZ 瓦片 URL（https://…/{z}/{x}/{y}.png 或 file:///…）；重投影到缓存坐标系，瓦片保存在 $ZHILI_TILE_CACHE 或用户缓存目录中。</translation>
    </message>
    <message>
        <source>Credit drawn in the map&apos;s corner (default: the tile host&apos;s, e.g. &quot;© OpenStreetMap contributors&quot;).</source>
        <translation>绘于地图角落的版权说明（默认：瓦片服务方的，例如 &quot;© OpenStreetMap contributors&quot;）。</translation>
    </message>
    <message>
        <source>The basemap tiles are in GCJ-02 (AutoNavi, Tencent): warn about the offset.</source>
        <translation>底图瓦片为 GCJ-02 坐标（高德、腾讯）：提示偏移。</translation>
    </message>
    <message>
        <source>not enough memory to encode the image</source>
        <translation>内存不足，无法编码图像</translation>
    </message>
</context>
<context>
    <name>RenderOptions</name>
    <message>
        <source>Industrial chain to draw: its parcels by stage (needs --ecosystem).</source>
        <translation>要绘制的产业链：其地块按环节阶段着色（需同时给出 --ecosystem）。</translation>
    </message>
    <message>
        <source>Ecosystem of the chain (key or name).</source>
        <translation>产业链所属生态圈（键或名称）。</translation>
    </message>
    <message>
        <source>Draw flow lines from its nearest suppliers and to its nearest customers on the chain.</source>
        <translation>绘制该企业与链上最近供应商、客户之间的流向线。</translation>
    </message>
    <message>
        <source>--chain NAME is required</source>
        <translation>缺少 --chain 名称</translation>
    </message>
    <message>
        <source>--%1 needs --chain NAME</source>
        <translation>--%1 需要同时给出 --chain 名称</translation>
    </message>
    <message>
        <source>--chain is empty: name a chain</source>
        <translation>--chain 为空：请给出产业链名称</translation>
    </message>
    <message>
        <source>--chain %1 needs --ecosystem: the chain&apos;s ecosystem</source>
        <translation>--chain %1 需要 --ecosystem：该产业链所属的生态圈</translation>
    </message>
    <message>
        <source>unknown ecosystem &quot;%1&quot;; use iot/bio/equip/mat/energy or their Chinese names</source>
        <translation>未知生态圈“%1”；请使用 iot/bio/equip/mat/energy 或其中文名称</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; must be WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size“%1”格式错误：应为 宽x高，例如 1920x1080</translation>
    </message>
    <message>
        <source>--size %1x%2 is out of range: each side 1–%3 px and at most %4 megapixels</source>
        <translation>--size %1x%2 超出范围：每边 1–%3 像素，且最多 %4 百万像素</translation>
    </message>
    <message>
        <source>--extent &quot;%1&quot; needs four numbers x1,y1,x2,y2 in the cache CRS (metres)</source>
        <translation>--extent“%1”需要四个数 x1,y1,x2,y2（缓存坐标系，单位米）</translation>
    </message>
    <message>
        <source>--extent: &quot;%1&quot; is not a number</source>
        <translation>--extent：“%1”不是数字</translation>
    </message>
    <message>
        <source>--extent %1 is empty or inverted: need x1 &lt; x2 and y1 &lt; y2</source>
        <translation>--extent %1 为空或颠倒：需要 x1 &lt; x2 且 y1 &lt; y2</translation>
    </message>
    <message>
        <source>--layers: unknown layer &quot;%1&quot;; use %2</source>
        <translation>--layers：未知图层“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>--layers is empty</source>
        <translation>--layers 为空</translation>
    </message>
    <message>
        <source>--theme: %1</source>
        <translation>--theme：%1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>wrote %1
</source>
        <translation>已写入 %1
</translation>
    </message>
    <message>
        <source>Target year.</source>
        <translation>目标年份。</translation>
    </message>
    <message>
        <source>Only this ecosystem (key or name).</source>
        <translation>只看该生态圈（键或名称）。</translation>
    </message>
    <message>
        <source>csv (progress rows), json (rows, ledger, double counts) or md (all, for people).</source>
        <translation>csv（进度行）、json（进度行、台账、重复计数）或 md（全部，供人阅读）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>--format must be csv, json or md, got &quot;%1&quot;</source>
        <translation>--format 必须是 csv、json 或 md，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <source>parcel %1 (%2) has no open conflict on %3: see zhili-cli conflicts --cache %4</source>
        <translation>地块 %1（%2）在 %3 上没有未解决的冲突：请查看 zhili-cli conflicts --cache %4</translation>
    </message>
    <message>
        <source>%1 (%2): took %3 for %4
</source>
        <translation>%1（%2）：%4 采用 %3
</translation>
    </message>
    <message>
        <source>The conflicting field (e.g. land_mu).</source>
        <translation>冲突的字段（例如 land_mu）。</translation>
    </message>
    <message>
        <source>mine (a new edit, pushed at the next sync) or theirs.</source>
        <translation>mine（一次新的编辑，下次同步时推送）或 theirs。</translation>
    </message>
    <message>
        <source>--take must be mine or theirs (got &quot;%1&quot;)</source>
        <translation>--take 必须是 mine 或 theirs（而不是“%1”）</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>city planner</source>
        <translation>市级规划人员</translation>
    </message>
    <message>
        <source>district officer</source>
        <translation>区县干部</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>RAG thresholds: green ≥ %1, amber ≥ %2
</source>
        <translation>红黄绿阈值：绿 ≥ %1，黄 ≥ %2
</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1: rag_thresholds differ from the stored ones (green %2, amber %3): change them with `zhili-cli rules rag --green G --amber A`, or remove the key</source>
        <translation>%1：rag_thresholds 与缓存中的不同（绿 %2，黄 %3）：请用 `zhili-cli rules rag --green G --amber A` 修改，或删除该键</translation>
    </message>
    <message>
        <source>evaluation rules from %1 added
</source>
        <translation>已新增 %1 年起的亩均评价规则
</translation>
    </message>
    <message>
        <source>evaluation rules from %1 replaced
</source>
        <translation>已更新 %1 年起的亩均评价规则
</translation>
    </message>
    <message>
        <source>show (rules in force for --year) | set --file RULES.json (a version from --year on) | rag --green F --amber F</source>
        <translation>show（--year 年生效的规则）| set --file RULES.json（自 --year 年起的新版本）| rag --green F --amber F</translation>
    </message>
    <message>
        <source>Year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>set: rules JSON as printed by show.</source>
        <translation>set：show 输出格式的规则 JSON。</translation>
    </message>
    <message>
        <source>rag: green from this fraction of the target (0.9).</source>
        <translation>rag：达到目标的该比例起为绿色（0.9）。</translation>
    </message>
    <message>
        <source>rag: amber from this fraction (0.6).</source>
        <translation>rag：达到该比例起为黄色（0.6）。</translation>
    </message>
</context>
<context>
    <name>SelectionLayer</name>
    <message>
        <source>Selection</source>
        <translation>选择集</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>the city server is up to date (schema %1)
</source>
        <translation>市级服务器已是最新（结构版本 %1）
</translation>
    </message>
    <message>
        <source>the city server now has schema %1 (was %2)
</source>
        <translation>市级服务器结构已升级到版本 %1（原为 %2）
</translation>
    </message>
    <message>
        <source>added %1 to the city server
</source>
        <translation>已在市级服务器添加 %1
</translation>
    </message>
    <message>
        <source>init | add-user NAME | users</source>
        <translation>init | add-user NAME | users</translation>
    </message>
    <message>
        <source>admin | planner | officer (add-user).</source>
        <translation>admin | planner | officer（add-user）。</translation>
    </message>
    <message>
        <source>The officer&apos;s district (add-user).</source>
        <translation>区县工作人员所属区县（add-user）。</translation>
    </message>
    <message>
        <source>The new user&apos;s password on the first line (add-user; else a prompt).</source>
        <translation>新用户的密码，在文件第一行（add-user；否则提示输入）。</translation>
    </message>
    <message>
        <source>Print JSON (users).</source>
        <translation>以 JSON 输出（users）。</translation>
    </message>
    <message>
        <source>give one NAME: zhili-cli server add-user NAME --role admin|planner|officer [--district D] --url URL</source>
        <translation>请给出一个用户名：zhili-cli server add-user NAME --role admin|planner|officer [--district D] --url URL</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use admin, planner or officer</source>
        <translation>未知角色“%1”：请使用 admin、planner 或 officer</translation>
    </message>
    <message>
        <source>missing sub-command: init, add-user or users</source>
        <translation>缺少子命令：init、add-user 或 users</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;: init, add-user or users</source>
        <translation>未知子命令“%1”：init、add-user 或 users</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不同；未做任何修改</translation>
    </message>
    <message>
        <source>The city server: postgresql://USER@HOST:PORT/DB (password from $ZHILI_PASSWORD_FILE, PGPASSWORD or ~/.pgpass).</source>
        <translation>市级服务器：postgresql://USER@HOST:PORT/DB（密码取自 $ZHILI_PASSWORD_FILE、PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>The city server, instead of the one the cache remembers.</source>
        <translation>市级服务器，代替缓存记住的服务器。</translation>
    </message>
    <message>
        <source>give the new password with --password-file F (stdin is not a terminal)</source>
        <translation>请用 --password-file F 给出新密码（标准输入不是终端）</translation>
    </message>
</context>
<context>
    <name>ServerParcelRows</name>
    <message>
        <source>the city server sent a damaged row; run the command again</source>
        <translation>市级服务器发来的数据行已损坏；请再次运行该命令</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>PostGIS is not available in this database (%1). Install it (Debian: apt-get install postgresql-15-postgis-3) and run CREATE EXTENSION postgis as a superuser, then run server init again</source>
        <translation>该数据库没有 PostGIS（%1）。请安装（Debian：apt-get install postgresql-15-postgis-3），以超级用户执行 CREATE EXTENSION postgis，然后再次运行 server init</translation>
    </message>
    <message>
        <source>the city server holds Zhili schema version %1, this program knows %2: update Zhili</source>
        <translation>市级服务器的智理结构版本为 %1，本程序只认识 %2：请升级智理</translation>
    </message>
    <message>
        <source>the city server has no Zhili schema yet: an administrator runs zhili-cli server init --url URL first</source>
        <translation>市级服务器还没有智理的数据结构：请管理员先运行 zhili-cli server init --url URL</translation>
    </message>
    <message>
        <source>the city server holds Zhili schema version %1, this program needs %2: %3</source>
        <translation>市级服务器的智理结构版本为 %1，本程序需要 %2：%3</translation>
    </message>
    <message>
        <source>run zhili-cli server init --url URL to upgrade it</source>
        <translation>运行 zhili-cli server init --url URL 进行升级</translation>
    </message>
    <message>
        <source>update Zhili</source>
        <translation>请升级智理</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>&quot;%1&quot; cannot be a server user name: use 1 to 63 bytes, not starting with pg_ or zhili_</source>
        <translation>“%1”不能作为服务器用户名：请使用 1 到 63 个字节，且不以 pg_ 或 zhili_ 开头</translation>
    </message>
    <message>
        <source>the password of %1 is too short: use at least 8 characters</source>
        <translation>%1 的密码太短：至少需要 8 个字符</translation>
    </message>
    <message>
        <source>an officer needs --district: the district whose parcels %1 edits</source>
        <translation>区县干部需要 --district：%1 负责编辑的区县</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is not on the city server: publish its parcels first (zhili-cli publish), or check the spelling</source>
        <translation>市级服务器上没有区县“%1”：请先发布其地块（zhili-cli publish），或检查名称</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Code:         %1
</source>
        <translation>地块编号：%1
</translation>
    </message>
    <message>
        <source>Name:         %1
</source>
        <translation>地块名称：%1
</translation>
    </message>
    <message>
        <source>District:     %1
</source>
        <translation>行政区：  %1
</translation>
    </message>
    <message>
        <source>Land use:     %1
</source>
        <translation>用地性质：%1
</translation>
    </message>
    <message>
        <source>Area:         %1 mu / %2 ha / %3 m²
</source>
        <translation>面积：    %1 亩 / %2 公顷 / %3 平方米
</translation>
    </message>
    <message>
        <source>Ecosystem:    %1
</source>
        <translation>生态圈：  %1
</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Chain:        %1
</source>
        <translation>产业链：  %1
</translation>
    </message>
    <message>
        <source>Land:         %1 mu
</source>
        <translation>用地：    %1 亩
</translation>
    </message>
    <message>
        <source>Energy:       %1 tce/year
</source>
        <translation>用能：    %1 吨标准煤/年
</translation>
    </message>
    <message>
        <source>Finance:      %1 (10k yuan)
</source>
        <translation>金融：    %1 万元
</translation>
    </message>
    <message>
        <source>Status:       %1
</source>
        <translation>状态：    %1
</translation>
    </message>
    <message>
        <source>Enterprise:   %1
</source>
        <translation>企业：    %1
</translation>
    </message>
    <message>
        <source>Notes:        %1
</source>
        <translation>备注：    %1
</translation>
    </message>
    <message>
        <source>Geometry:     %1
</source>
        <translation>几何：    %1
</translation>
    </message>
    <message>
        <source>Source attributes:
</source>
        <translation>源属性：
</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot;: the cache has %2</source>
        <translation>未知区县“%1”：缓存中的区县有 %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3)
</source>
        <translation>已导出 %1（%2，%3）
</translation>
    </message>
    <message>
        <source>the cache %1 has no districts</source>
        <translation>缓存 %1 中没有区县</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>无法在目录 %1 中写入：%2</translation>
    </message>
    <message>
        <source>cannot move the sheet into place: %1</source>
        <translation>无法写入：无法将图幅移到目标位置：%1</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>已导出 %1
</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)
</source>
        <translation>已导出 %1（%2 页）
</translation>
    </message>
    <message>
        <source>Frame one district.</source>
        <translation>以一个行政区为画面。</translation>
    </message>
    <message>
        <source>Frame an extent in the cache CRS.</source>
        <translation>以缓存坐标系下的一个范围为画面。</translation>
    </message>
    <message>
        <source>One sheet per district: --out FILE.pdf gives one page each, --out DIR/ one file each.</source>
        <translation>每个区县一张图纸：--out FILE.pdf 每区县一页，--out DIR/ 每区县一个文件。</translation>
    </message>
    <message>
        <source>Page: %1.</source>
        <translation>页面：%1。</translation>
    </message>
    <message>
        <source>Title; {district} is replaced by the district name.</source>
        <translation>标题；{district} 会替换为区县名称。</translation>
    </message>
    <message>
        <source>Subtitle.</source>
        <translation>副标题。</translation>
    </message>
    <message>
        <source>Layout template (JSON).</source>
        <translation>版式模板（JSON）。</translation>
    </message>
    <message>
        <source>PNG resolution, 72–600 (default 300; slide 96).</source>
        <translation>PNG 分辨率，72–600（默认 300；幻灯片 96）。</translation>
    </message>
    <message>
        <source>ecosystem, land, energy or finance.</source>
        <translation>ecosystem、land、energy 或 finance。</translation>
    </message>
    <message>
        <source>Overlays, e.g. districts,labels (basemap too).</source>
        <translation>叠加图层，例如 districts,labels（也可 basemap）。</translation>
    </message>
    <message>
        <source>Date of the data (&quot;data as of&quot;, default: newest edit).</source>
        <translation>“数据截至”日期（默认：最新编辑的日期）。</translation>
    </message>
    <message>
        <source>Data source note.</source>
        <translation>数据来源说明。</translation>
    </message>
    <message>
        <source>Mark the sheet &quot;internal&quot;.</source>
        <translation>图纸标注“内部资料”。</translation>
    </message>
    <message>
        <source>Add the city overview inset.</source>
        <translation>加上全市鹰眼图。</translation>
    </message>
    <message>
        <source>Add the per-ecosystem summary table.</source>
        <translation>加上分生态圈汇总表。</translation>
    </message>
    <message>
        <source>With --out DIR/: png, pdf or svg (default pdf).</source>
        <translation>与 --out DIR/ 一起用：png、pdf 或 svg（默认 pdf）。</translation>
    </message>
    <message>
        <source>Output .png, .pdf or .svg (or DIR/ with --each-district).</source>
        <translation>输出 .png、.pdf 或 .svg（与 --each-district 一起用时为 DIR/）。</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>--date 必须是 YYYY-MM-DD，而不是“%1”</translation>
    </message>
    <message>
        <source>--each-district writes one multi-page PDF (--out FILE.pdf) or one file per district (--out DIR/)</source>
        <translation>--each-district 写出一个多页 PDF（--out FILE.pdf）或每个区县一个文件（--out DIR/）</translation>
    </message>
    <message>
        <source>give only one of --district, --extent and --each-district</source>
        <translation>--district、--extent 和 --each-district 只能给出其中之一</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>unsupported output &quot;%1&quot;: the file name must end in .png, .pdf or .svg</source>
        <translation>不支持的输出格式“%1”：文件名必须以 .png、.pdf 或 .svg 结尾</translation>
    </message>
    <message>
        <source>DPI %1 is out of range: use %2 to %3</source>
        <translation>分辨率 %1 DPI 超出范围：请使用 %2 到 %3</translation>
    </message>
    <message>
        <source>the folder %1 does not exist: create it first</source>
        <translation>目录 %1 不存在：请先创建</translation>
    </message>
    <message>
        <source>cannot write in %1: choose another folder</source>
        <translation>目录 %1 不可写：请另选目录</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 px image: lower the DPI</source>
        <translation>内存不足，无法生成 %1 × %2 像素的图像：请降低 DPI</translation>
    </message>
    <message>
        <source>nothing to export to %1</source>
        <translation>没有可导出到 %1 的图幅</translation>
    </message>
    <message>
        <source>Zhili</source>
        <translation>产业智理</translation>
    </message>
    <message>
        <source>cannot start the PDF for %1</source>
        <translation>无法生成 PDF：%1</translation>
    </message>
</context>
<context>
    <name>SnapshotLayout</name>
    <message>
        <source>unknown theme &quot;%1&quot;: use ecosystem, land, energy or finance</source>
        <translation>未知专题“%1”：请使用 ecosystem、land、energy 或 finance</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;: use %2</source>
        <translation>未知图层“%1”：请使用 %2</translation>
    </message>
    <message>
        <source>the cache %1 has no parcels: import parcels first</source>
        <translation>缓存 %1 中没有地块：请先导入地块</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot;: the cache has %2</source>
        <translation>未知区县“%1”：缓存中的区县有 %2</translation>
    </message>
    <message>
        <source>empty or inverted extent: need xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>范围为空或颠倒：需要 xmin &lt; xmax 且 ymin &lt; ymax</translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD</source>
        <translation>日期格式错误“%1”：请写成 YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>cache file not found: %1</source>
        <translation>缓存文件不存在：%1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the cache %1 is busy: another program (an import, or another editor) is writing to it; nothing was changed — try again when it has finished</source>
        <translation>缓存 %1 正忙：另一个程序（导入或其他编辑者）正在写入；未做任何修改 — 请在其完成后重试</translation>
    </message>
    <message>
        <source>the cache %1 cannot be written (the file, its folder, or its -wal/-shm files are read-only for you); nothing was changed — ask its owner for write access, or work on a copy</source>
        <translation>缓存 %1 无法写入（该文件、所在目录或其 -wal/-shm 文件对您是只读的）；未做任何修改 — 请向所有者申请写权限，或在副本上操作</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was changed — free some space and try again</source>
        <translation>%1 所在磁盘已满；未做任何修改 — 请释放空间后重试</translation>
    </message>
</context>
<context>
    <name>SteeringSync</name>
    <message>
        <source>the city server refused the local changes to targets, key districts or quotas (only planners and administrators change them; they stay in %1): %2</source>
        <translation>市级服务器拒绝了对考核目标、重点落地区县或配额的本地修改（只有规划人员和管理员可以修改；修改仍保留在 %1 中）：%2</translation>
    </message>
    <message>
        <source>the server did not write %1 %2</source>
        <translation>服务器没有写入 %1 %2</translation>
    </message>
    <message>
        <source>changed on the city server since the last sync: the server kept %1, the local %2 was not sent</source>
        <translation>上次同步后已在市级服务器上被修改：服务器保留 %1，本地的 %2 未发送</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>pulled %1, pushed %2, conflicts %3
</source>
        <translation>拉取 %1，推送 %2，冲突 %3
</translation>
    </message>
    <message>
        <source>see them with: zhili-cli conflicts --cache %1
</source>
        <translation>查看冲突：zhili-cli conflicts --cache %1
</translation>
    </message>
    <message>
        <source>targets, key districts and quotas: pushed %1 rows; the server kept its own value for %2 fields changed there too (in the audit log as sync_conflict)
</source>
        <translation>考核目标、重点落地区县和配额：推送 %1 行；%2 个字段在服务器上也被修改，服务器保留其值（审计日志中记为 sync_conflict）
</translation>
    </message>
    <message>
        <source>Sign in to the server as NAME instead of the user in the cache&apos;s URL.</source>
        <translation>以 NAME 身份登录服务器，而不是缓存 URL 中的用户。</translation>
    </message>
</context>
<context>
    <name>SyncParcelStore</name>
    <message>
        <source>parcel %1 of %2 has an invalid uuid (%3)</source>
        <translation>%2 的地块 %1 的 uuid 无效（%3）</translation>
    </message>
</context>
<context>
    <name>SyncPassword</name>
    <message>
        <source>Sign in to the city server</source>
        <translation>登录市级服务器</translation>
    </message>
    <message>
        <source>Password of %1 on the city server %2
(the same as on the server; kept only until Zhili closes):</source>
        <translation>%1 在市级服务器 %2 上的密码
（与服务器上的相同；只保留到智理关闭）：</translation>
    </message>
    <message>
        <source>the cache&apos;s user</source>
        <translation>缓存中的用户</translation>
    </message>
</context>
<context>
    <name>SyncPayload</name>
    <message>
        <source>shape of %1 m²</source>
        <translation>图形，%1 平方米</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>%1 is not connected to a city server: make a connected cache with zhili-cli clone --url URL --cache NEW.gpkg</source>
        <translation>%1 未连接市级服务器：请用 zhili-cli clone --url URL --cache NEW.gpkg 创建一个已连接的缓存</translation>
    </message>
    <message>
        <source>%1 was cloned from another city server (id %2, this one is %3): sync it with its own server, or clone this one into a new cache</source>
        <translation>%1 克隆自另一台市级服务器（标识 %2，当前服务器为 %3）：请与原服务器同步，或从当前服务器克隆一个新缓存</translation>
    </message>
    <message>
        <source>from the city server, changed there at %1</source>
        <translation>来自市级服务器，于 %1 在服务器上修改</translation>
    </message>
    <message>
        <source>applying the server&apos;s changes</source>
        <translation>正在应用服务器的变更</translation>
    </message>
    <message>
        <source>sending local edits</source>
        <translation>正在发送本地修改</translation>
    </message>
    <message>
        <source>the city server refused %1 of %2 edits (they stay in the outbox): %3</source>
        <translation>市级服务器拒绝了 %2 项修改中的 %1 项（它们仍在待发送队列中）：%3</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>land (mu)</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>energy (tce)</source>
        <translation>用能（吨标准煤）</translation>
    </message>
    <message>
        <source>finance (10k yuan)</source>
        <translation>金融（万元）</translation>
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
    <name>TargetImporter</name>
    <message>
        <source>required column missing; the header must be %1</source>
        <translation>缺少必需的列；表头应为 %1</translation>
    </message>
    <message>
        <source>unknown district; the cache has: %1 (empty = city-wide)</source>
        <translation>未知区县；缓存中的区县有：%1（留空 = 全市）</translation>
    </message>
    <message>
        <source>the number of projects must be a whole number</source>
        <translation>项目数必须是整数</translation>
    </message>
    <message>
        <source>duplicate of line %4 (%1, %2, %3: same year, ecosystem and district)</source>
        <translation>重复：%1 年 %2 %3 已在第 %4 行（年份、生态圈和区县相同）</translation>
    </message>
</context>
<context>
    <name>TargetsCommand</name>
    <message>
        <source>imported %1 (%2): %3 rows — %4 inserted, %5 updated, %6 unchanged
</source>
        <translation>已导入 %1（%2）：%3 行 — 新增 %4，更新 %5，未变 %6
</translation>
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
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Tax (10k yuan)</source>
        <translation>税收(万元)</translation>
    </message>
    <message>
        <source>Value added (10k yuan)</source>
        <translation>增加值(万元)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>no targets for %1
</source>
        <translation>%1 年没有考核目标
</translation>
    </message>
    <message>
        <source>no targets
</source>
        <translation>没有考核目标
</translation>
    </message>
    <message>
        <source>import FILE.csv | list</source>
        <translation>import FILE.csv | list</translation>
    </message>
    <message>
        <source>list: only this year.</source>
        <translation>list：只列该年。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：以 JSON 输出。</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <source>Land (mu)</source>
        <translation>用地(亩)</translation>
    </message>
    <message>
        <source>Energy (tce)</source>
        <translation>用能(tce)</translation>
    </message>
    <message>
        <source>Finance (10k yuan)</source>
        <translation>金融(万元)</translation>
    </message>
</context>
<context>
    <name>ThemeLayer</name>
    <message>
        <source>Land allocation (mu)</source>
        <translation>用地分配（亩）</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>Energy allocation (tce/year)</source>
        <translation>用能分配（吨标准煤/年）</translation>
    </message>
    <message>
        <source>tce/yr</source>
        <translation>吨标准煤/年</translation>
    </message>
    <message>
        <source>Finance allocation (10k CNY)</source>
        <translation>金融分配（万元）</translation>
    </message>
    <message>
        <source>10k CNY</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>No allocation</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>, bootstrap</source>
        <translation>，初始管理员</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>invalid user name &quot;%1&quot;: %2</source>
        <translation>用户名“%1”无效：%2</translation>
    </message>
    <message>
        <source>invalid district &quot;%1&quot;: %2</source>
        <translation>区县名“%1”无效：%2</translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation>用户名为空</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; already exists in %2 (names are compared without invisible characters and full-width forms)</source>
        <translation>用户“%1”已存在于 %2（比较用户名时忽略不可见字符和全角形式）</translation>
    </message>
    <message>
        <source>only an administrator may add users: pass --user with an administrator&apos;s name</source>
        <translation>只有管理员可以添加用户：请用 --user 指定管理员的用户名</translation>
    </message>
    <message>
        <source>an officer needs --district (one of: %1)</source>
        <translation>区县干部需要指定 --district（可选：%1）</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot; for officer %2; known districts: %3</source>
        <translation>区县干部 %2 的区县“%1”不存在；已知区县：%3</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot; in %2: an administrator adds them with `zhili-cli users add %1 --role planner|officer|admin [--district D] --cache %2 --user ADMIN`, or pass --user with a known name (zhili-cli users list --cache %2)</source>
        <translation>%2 中没有用户“%1”：请管理员用 `zhili-cli users add %1 --role planner|officer|admin [--district D] --cache %2 --user ADMIN` 添加，或用 --user 指定已有的用户名（zhili-cli users list --cache %2）</translation>
    </message>
    <message>
        <source>the first user of %1 must be an administrator: add one first (zhili-cli users add NAME --role admin --cache %1)</source>
        <translation>%1 的第一个用户必须是管理员：请先添加管理员（zhili-cli users add NAME --role admin --cache %1）</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot; in %2</source>
        <translation>%2 中没有用户“%1”</translation>
    </message>
    <message>
        <source>only %1 or an administrator may set %1&apos;s password</source>
        <translation>只有 %1 本人或管理员可以设置 %1 的密码</translation>
    </message>
    <message>
        <source>the password is too short: use at least %1 characters</source>
        <translation>密码太短：至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>user %1 needs a password</source>
        <translation>用户 %1 需要输入密码</translation>
    </message>
    <message>
        <source>wrong password for user %1</source>
        <translation>用户 %1 的密码错误</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>no users yet: until one is added, whoever works acts as administrator. Add one: zhili-cli users add NAME --role admin --cache %1
</source>
        <translation>还没有用户：添加用户之前，任何操作者都视为管理员。添加方法：zhili-cli users add 用户名 --role admin --cache %1
</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use planner, officer or admin</source>
        <translation>未知角色“%1”：请使用 planner、officer 或 admin</translation>
    </message>
    <message>
        <source>added user %1
</source>
        <translation>已添加用户 %1
</translation>
    </message>
    <message>
        <source>  (no password: zhili-cli users set-password %1)</source>
        <translation>  （未设密码：zhili-cli users set-password %1）</translation>
    </message>
    <message>
        <source>note: %1 has no password, so anyone may act as %1; set one with zhili-cli users set-password %1 --password-file FILE --cache %2
</source>
        <translation>注意：%1 没有密码，任何人都可以以 %1 的身份操作；请用 zhili-cli users set-password %1 --password-file FILE --cache %2 设置密码
</translation>
    </message>
    <message>
        <source>%1 has no users yet: add one with zhili-cli users add NAME --role admin --password-file FILE --cache %1</source>
        <translation>%1 还没有用户：请用 zhili-cli users add NAME --role admin --password-file FILE --cache %1 添加</translation>
    </message>
    <message>
        <source>password of %1 set
</source>
        <translation>已设置 %1 的密码
</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何更改</translation>
    </message>
    <message>
        <source>add NAME | set-password NAME | list</source>
        <translation>add NAME | set-password NAME | list</translation>
    </message>
    <message>
        <source>planner | officer | admin (add).</source>
        <translation>planner | officer | admin（add）。</translation>
    </message>
    <message>
        <source>The officer&apos;s district (add).</source>
        <translation>区县工作人员所属区县（add）。</translation>
    </message>
    <message>
        <source>Acting administrator (add, set-password; default: $ZHILI_USER or the login name), with their password from $ZHILI_PASSWORD_FILE or the terminal. Not needed while the cache has no users.</source>
        <translation>操作的管理员（add、set-password；默认：$ZHILI_USER 或登录名），密码从 $ZHILI_PASSWORD_FILE 或终端读取。缓存还没有用户时不需要。</translation>
    </message>
    <message>
        <source>The new user&apos;s password: the first line of FILE (add, set-password; default: asked twice on the terminal).</source>
        <translation>新用户的密码：FILE 的第一行（add、set-password；默认：在终端上输入两次）。</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>以 JSON 输出（list）。</translation>
    </message>
    <message>
        <source>missing sub-command: add, set-password or list</source>
        <translation>缺少子命令：add、set-password 或 list</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;: add, set-password or list</source>
        <translation>未知子命令“%1”：add、set-password 或 list</translation>
    </message>
    <message>
        <source>missing NAME: zhili-cli users add NAME --role planner|officer|admin [--district D] [--password-file F] --cache C</source>
        <translation>缺少用户名：zhili-cli users add NAME --role planner|officer|admin [--district D] [--password-file F] --cache C</translation>
    </message>
    <message>
        <source>one NAME only (got %1)</source>
        <translation>只能给出一个用户名（给出的是 %1）</translation>
    </message>
    <message>
        <source>missing --password-file FILE (no terminal to ask for the password)</source>
        <translation>缺少 --password-file FILE（没有终端可以询问密码）</translation>
    </message>
</context>
<context>
    <name>WkbEnvelope</name>
    <message>
        <source>%1: the geometry is not a 2D polygon or multipolygon in WKB (byte %2)</source>
        <translation>%1：几何不是 WKB 格式的二维面或多面（第 %2 字节）</translation>
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
    <message>
        <source>Export selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>复制选中行</translation>
    </message>
    <message>
        <source>Zoom to parcel</source>
        <translation>缩放至地块</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Edit parcel</source>
        <translation>编辑地块</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>修改历史</translation>
    </message>
</context>
<context>
    <name>zhili::BaseImportDialog</name>
    <message>
        <source>Importing %1 …</source>
        <translation>正在导入 %1 …</translation>
    </message>
    <message>
        <source>Import cancelled. The cache is unchanged.</source>
        <translation>导入已取消，缓存未改变。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>zhili::BasemapActions</name>
    <message>
        <source>Add &amp;basemap…</source>
        <translation>添加底图(&amp;B)…</translation>
    </message>
    <message>
        <source>Remove basemap</source>
        <translation>移除底图</translation>
    </message>
    <message>
        <source>Add basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <source>The basemap is not saved with the cache: %1</source>
        <translation>底图未保存到缓存：%1</translation>
    </message>
    <message>
        <source>Basemap in GCJ-02</source>
        <translation>底图为 GCJ-02 坐标</translation>
    </message>
</context>
<context>
    <name>zhili::BasemapDialog</name>
    <message>
        <source>Add basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <source>GeoTIFF or MBTiles file, or https://…/{z}/{x}/{y}.png</source>
        <translation>GeoTIFF 或 MBTiles 文件，或 https://…/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>版权说明：</translation>
    </message>
    <message>
        <source>Tiles are in GCJ-02 (AutoNavi/Amap, Tencent and other Chinese web maps)</source>
        <translation>瓦片为 GCJ-02 坐标（高德、腾讯等国内网络地图）</translation>
    </message>
    <message>
        <source>Online tiles are kept in a disk cache and shown with their attribution in the map&apos;s corner and on exported sheets; respect the tile service&apos;s terms of use.</source>
        <translation>在线瓦片保存在磁盘缓存中，并在地图角落和导出的图件上注明版权；请遵守瓦片服务的使用条款。</translation>
    </message>
    <message>
        <source>Press Enter in the source box to check it.</source>
        <translation>在来源框中按回车键进行检查。</translation>
    </message>
    <message>
        <source>Tile service: tiles are fetched as the map needs them (EPSG:%1).</source>
        <translation>瓦片服务：按地图显示需要获取瓦片（EPSG:%1）。</translation>
    </message>
    <message>
        <source>Raster %1 × %2 pixels, EPSG:%3; it is reprojected to the cache CRS.</source>
        <translation>栅格 %1 × %2 像素，EPSG:%3；将重投影到缓存坐标系。</translation>
    </message>
    <message>
        <source>Choose a basemap</source>
        <translation>选择底图</translation>
    </message>
    <message>
        <source>Basemaps (*.tif *.tiff *.mbtiles *.xml);;All files (*)</source>
        <translation>底图 (*.tif *.tiff *.mbtiles *.xml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zhili::BatchAssignDialog</name>
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
    <message>
        <source>%1 cannot be written by you (file permissions), so it is open read-only: you can look and export, but not edit.</source>
        <translation>没有 %1 的写权限，已只读打开：可查看和导出，不能编辑。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Zhili (cache version %2; this program knows up to %3), so it is open read-only: update Zhili to edit it.</source>
        <translation>%1 由新版产业智理写入（版本 %2 &gt; %3），已只读打开；升级后可编辑。</translation>
    </message>
</context>
<context>
    <name>zhili::ChainActivityPane</name>
    <message>
        <source>Events</source>
        <translation>对接活动</translation>
    </message>
    <message>
        <source>Blockages</source>
        <translation>堵点问题</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>登记活动(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;blockage…</source>
        <translation>新增堵点(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close blockage…</source>
        <translation>堵点销号(&amp;C)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>签约项目</translation>
    </message>
    <message>
        <source>Orders (10k CNY)</source>
        <translation>订单（万元）</translation>
    </message>
    <message>
        <source>Financing (10k CNY)</source>
        <translation>融资（万元）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Blockage</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>Choose a chain above to see its events and blockages.</source>
        <translation>在上方选择一条产业链，查看其对接活动和堵点问题。</translation>
    </message>
    <message>
        <source>Events and blockages of %1</source>
        <translation>%1的对接活动和堵点问题</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 已销号</translation>
    </message>
    <message>
        <source>Open a cache to see its chains.</source>
        <translation>打开缓存即可查看其产业链。</translation>
    </message>
    <message>
        <source>Read only: only city planners and administrators record events and blockages (you are %1).</source>
        <translation>只读：只有城市规划人员和管理员可以登记对接活动和堵点问题（您是%1）。</translation>
    </message>
    <message>
        <source>Choose a chain in the tree first.</source>
        <translation>请先在树中选择一条产业链。</translation>
    </message>
    <message>
        <source>Choose an open blockage in the list.</source>
        <translation>请在列表中选择一个未销号的堵点。</translation>
    </message>
    <message>
        <source>Recorded the event %1 of %2.</source>
        <translation>已登记%2的对接活动“%1”。</translation>
    </message>
    <message>
        <source>Recorded a blockage of %1.</source>
        <translation>已登记%1的一个堵点。</translation>
    </message>
    <message>
        <source>Closed blockage #%1 of %2.</source>
        <translation>%2的堵点 #%1 已销号。</translation>
    </message>
</context>
<context>
    <name>zhili::ChainEventDialog</name>
    <message>
        <source>Matchmaking event of %1</source>
        <translation>%1对接活动</translation>
    </message>
    <message>
        <source>&amp;Record event</source>
        <translation>登记活动(&amp;R)</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>举办日期：</translation>
    </message>
    <message>
        <source>e.g. %1 supply and demand meeting</source>
        <translation>例如：%1供需对接会</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>活动名称：</translation>
    </message>
    <message>
        <source>Enterprises taking part:</source>
        <translation>参加企业：</translation>
    </message>
    <message>
        <source>Projects signed:</source>
        <translation>签约项目数：</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>订单金额：</translation>
    </message>
    <message>
        <source>Financing:</source>
        <translation>融资金额：</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Tick the enterprises that took part.</source>
        <translation>请勾选参加的企业。</translation>
    </message>
</context>
<context>
    <name>zhili::ChainIssueDialog</name>
    <message>
        <source>Blockage of %1</source>
        <translation>%1堵点问题</translation>
    </message>
    <message>
        <source>&amp;Record blockage</source>
        <translation>登记堵点(&amp;R)</translation>
    </message>
    <message>
        <source>What is blocked, e.g. no local supplier of a key part</source>
        <translation>堵点内容，例如：关键零部件缺少本地供应商</translation>
    </message>
    <message>
        <source>Blockage:</source>
        <translation>堵点：</translation>
    </message>
    <message>
        <source>e.g. the bureau of economy and IT</source>
        <translation>例如：市经信局</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>提出日期：</translation>
    </message>
    <message>
        <source>Describe the blockage (1 to 2000 characters).</source>
        <translation>请描述堵点（1 至 2000 个字符）。</translation>
    </message>
    <message>
        <source>Close blockage #%1</source>
        <translation>堵点 #%1 销号</translation>
    </message>
    <message>
        <source>&amp;Close blockage</source>
        <translation>销号(&amp;C)</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>销号日期：</translation>
    </message>
</context>
<context>
    <name>zhili::ChainRecordDialog</name>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
</context>
<context>
    <name>zhili::ChainTreeModel</name>
    <message>
        <source>Chain / link</source>
        <translation>产业链 / 环节</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Leader / stage</source>
        <translation>链长 / 阶段</translation>
    </message>
    <message>
        <source>Enterprises on the link in the scope</source>
        <translation>范围内该环节上的企业</translation>
    </message>
    <message>
        <source>Their parcels in the scope</source>
        <translation>这些企业在范围内的地块</translation>
    </message>
    <message>
        <source>Area of those parcels, mu</source>
        <translation>这些地块的面积（亩）</translation>
    </message>
    <message>
        <source>Missing: no enterprise on the link (fill the chain); thin: only one (strengthen it)</source>
        <translation>缺失：环节上没有企业（补链）；薄弱：只有一家（强链）</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>缺失 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 links</source>
        <translation>%1/%2 个环节</translation>
    </message>
    <message>
        <source>Links with at least one enterprise, of all links of the chain</source>
        <translation>至少有一家企业的环节数 / 该链环节总数</translation>
    </message>
    <message>
        <source>%1; working group: %2</source>
        <translation>%1；工作专班：%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>薄弱</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>zhili::ChainsDock</name>
    <message>
        <source>Open a cache to see its industrial chains.</source>
        <translation>打开缓存即可查看其产业链。</translation>
    </message>
    <message>
        <source>Cannot read the chains: %1</source>
        <translation>无法读取产业链：%1</translation>
    </message>
    <message>
        <source>No industrial chains yet: import them with zhili-cli chains import.</source>
        <translation>尚无产业链：请用 zhili-cli chains import 导入。</translation>
    </message>
    <message>
        <source>Figures of the whole city. Click a link to select its enterprises&apos; parcels.</source>
        <translation>全市数据。点击环节即可选中其企业的地块。</translation>
    </message>
    <message>
        <source>Figures of %1. Click a link to select its enterprises&apos; parcels there.</source>
        <translation>%1数据。点击环节即可选中其企业在该区县的地块。</translation>
    </message>
    <message>
        <source>%1 · %2 is missing: no enterprise on this link.</source>
        <translation>%1 · %2 缺失：该环节没有企业。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n parcel(s) of its enterprises selected.</source>
        <translation>
            <numerusform>%1 · %2：已选中其企业的 %n 个地块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Industrial chains</source>
        <translation>产业链</translation>
    </message>
</context>
<context>
    <name>zhili::ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Theirs (kept by the server)</source>
        <translation>服务器（已保留）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>deleted on the city server meanwhile</source>
        <translation>其间已在市级服务器上删除</translation>
    </message>
    <message>
        <source>re-imported on the city server meanwhile</source>
        <translation>其间已在市级服务器上重新导入</translation>
    </message>
    <message>
        <source>refused by the city server</source>
        <translation>市级服务器拒绝</translation>
    </message>
    <message>
        <source>both changed this field</source>
        <translation>双方都修改了此字段</translation>
    </message>
    <message>
        <source>both changed the allocations (they go together)</source>
        <translation>双方都修改了资源配置（配置项须一并处理）</translation>
    </message>
    <message>
        <source>Take mine</source>
        <translation>采用本地</translation>
    </message>
    <message>
        <source>A new edit setting my value; sent at the next sync</source>
        <translation>以本地值做一次新修改，下次同步时发送</translation>
    </message>
    <message>
        <source>Choose a user first (File ▸ Choose user…) to take your values again.</source>
        <translation>请先选择用户（文件 ▸ 选择用户…），才能重新采用本地值。</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用服务器</translation>
    </message>
    <message>
        <source>Keep the city server&apos;s value</source>
        <translation>保留市级服务器的值</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed both here and on the city server. The server kept theirs; take mine to send yours again at the next sync.</source>
        <translation>
            <numerusform>%n 个字段在本地和市级服务器上都被修改。服务器保留了对方的值；选择“采用我的”可在下次同步时重新发送您的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cache is open read-only: conflicts can be resolved only in a cache you may edit.</source>
        <translation>此缓存以只读方式打开：只有在可编辑的缓存中才能解决冲突。</translation>
    </message>
    <message>
        <source>The conflict on %1 of parcel %2 stays open.

%3</source>
        <translation>地块 %2 的“%1”冲突仍未解决。

%3</translation>
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
    <message>
        <source>%1: allocated %2, target %3</source>
        <translation>%1：已分配 %2，目标 %3</translation>
    </message>
</context>
<context>
    <name>zhili::DistrictChooser</name>
    <message>
        <source>Zoom to a district</source>
        <translation>缩放至区县</translation>
    </message>
    <message>
        <source>(no districts)</source>
        <translation>（无区县）</translation>
    </message>
    <message>
        <source>District…</source>
        <translation>区县…</translation>
    </message>
</context>
<context>
    <name>zhili::DistrictImportDialog</name>
    <message>
        <source>Import district boundaries</source>
        <translation>导入区县边界</translation>
    </message>
    <message>
        <source>Choose district boundaries</source>
        <translation>选择区县边界文件</translation>
    </message>
    <message>
        <source>District boundaries (*.shp *.zip *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>区县边界 (*.shp *.zip *.gpkg *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>District polygons: shapefile (.shp or .zip), GeoPackage or GeoJSON</source>
        <translation>区县面：Shapefile（.shp 或 .zip）、GeoPackage 或 GeoJSON</translation>
    </message>
    <message>
        <source>District name field</source>
        <translation>区县名称字段</translation>
    </message>
    <message>
        <source>Districts already in the cache keep their parcels; an imported outline with the same name replaces theirs. Only administrators import district boundaries.</source>
        <translation>缓存中已有的区县保留其地块；同名的导入边界会替换原有边界。只有管理员可以导入区县边界。</translation>
    </message>
    <message>
        <source>Layer %1 holds %2, not polygons: choose a layer of district outlines.</source>
        <translation>图层 %1 包含的是 %2，不是面：请选择区县边界图层。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s), ready to import into %2.</source>
        <translation>
            <numerusform>%1：%n 个要素，可以导入到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Imported %1 districts (%2 new, %3 outlines replaced) from %4 features.</source>
        <translation>已从 %4 个要素导入 %1 个区县（新增 %2 个，替换边界 %3 个）。</translation>
    </message>
    <message>
        <source>The district boundaries in %1 were not imported. The cache is unchanged.

%2</source>
        <translation>%1 中的区县边界未导入，缓存未改变。

%2</translation>
    </message>
</context>
<context>
    <name>zhili::ExportDialog</name>
    <message>
        <source>Export parcels</source>
        <translation>导出地块</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message numerus="yes">
        <source>The selection (%n parcel(s))</source>
        <translation>
            <numerusform>所选地块（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>All parcels</source>
        <translation>全部地块</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>parcels.shp, .zip, .gpkg, .geojson or .csv</source>
        <translation>parcels.shp、.zip、.gpkg、.geojson 或 .csv</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>GBK (older ArcGIS)</source>
        <translation>GBK（旧版 ArcGIS）</translation>
    </message>
    <message>
        <source>Shapefile text encoding</source>
        <translation>Shapefile 文字编码</translation>
    </message>
    <message>
        <source>the cache&apos;s own, or e.g. EPSG:4490</source>
        <translation>缓存自身的坐标系，或如 EPSG:4490</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Also the source attributes of the imported files</source>
        <translation>同时导出导入文件的原始属性</translation>
    </message>
    <message>
        <source>Geometry as WKT (CSV)</source>
        <translation>几何图形写为 WKT（CSV）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Shapefile (*.shp);;Zipped shapefile (*.zip);;GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>Shapefile (*.shp);;压缩的 Shapefile (*.zip);;GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>请先选择要写入的文件。</translation>
    </message>
    <message>
        <source>Exporting to %1 …</source>
        <translation>正在导出到 %1 …</translation>
    </message>
    <message>
        <source>Cancelling: no file is left behind.</source>
        <translation>正在取消：不会留下任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n parcel(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个地块到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
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
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>上下游伙伴</translation>
    </message>
    <message>
        <source>Suppliers and customers of the parcel&apos;s enterprise along its industrial chains</source>
        <translation>该地块企业在产业链上的供应商和客户</translation>
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
        <source>Repeated codes</source>
        <translation>重复编号</translation>
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
        <source>Choose parcels to import</source>
        <translation>选择要导入的地块</translation>
    </message>
    <message>
        <source>Parcel layers (*.shp *.zip *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>地块图层 (*.shp *.zip *.gpkg *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2): ready to import into %3.</source>
        <translation>%1（%2）：可以导入到 %3。</translation>
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
        <source>Imported %1 features: %2 inserted, %3 updated, %4 repaired, %5 skipped (empty geometry), %6 missing from this file (kept).</source>
        <translation>已导入 %1 个要素：新增 %2，更新 %3，修复 %4，跳过 %5（空几何），本文件中缺少 %6 个（已保留）。</translation>
    </message>
    <message>
        <source>Import failed. The cache is unchanged.

%1</source>
        <translation>导入失败，缓存未改变。

%1</translation>
    </message>
    <message>
        <source>Remove the parcels of these districts that the file no longer has</source>
        <translation>删除这些区县中文件里已没有的地块</translation>
    </message>
    <message>
        <source>Unchecked, they are kept and listed in the report. A cache connected to a city server removes them there too at the next sync.</source>
        <translation>不勾选时保留这些地块并在报告中列出。连接市级服务器的缓存会在下次同步时在服务器上也删除它们。</translation>
    </message>
    <message>
        <source>Parcels gone</source>
        <translation>已消失的地块</translation>
    </message>
    <message>
        <source>Imported %1 features: %2 inserted, %3 updated, %4 repaired, %5 skipped (empty geometry), %6 missing from this file (removed).</source>
        <translation>已导入 %1 个要素：新增 %2，更新 %3，修复 %4，跳过 %5（空几何），本文件中缺少 %6 个（已删除）。</translation>
    </message>
    <message>
        <source>Records that share a parcel code in one district (enclaves, multi-part parcels)</source>
        <translation>同一区县内编号相同的记录（飞地、多部分宗地）</translation>
    </message>
</context>
<context>
    <name>zhili::ImportRunBox</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Cancelling: the cache is left as it was.</source>
        <translation>正在取消：缓存保持原样。</translation>
    </message>
</context>
<context>
    <name>zhili::ImportSourceBox</name>
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
        <source>e.g. EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000)</source>
        <translation>例如 EPSG:4549（东坐标约 515000）或 EPSG:4528（东坐标约 40515000）</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>%1 (%2, %3 features)</source>
        <translation>%1（%2，%3 个要素）</translation>
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
        <source>Leave empty to use the detected system</source>
        <translation>留空则使用检测到的坐标系</translation>
    </message>
    <message>
        <source>No coordinate system in the file (%1). Enter it: Hangzhou data is usually EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000).</source>
        <translation>文件中没有坐标系（%1）。请填写：杭州数据通常为 EPSG:4549（东坐标约 515000）或 EPSG:4528（东坐标约 40515000）。</translation>
    </message>
    <message>
        <source>Detected: %1 %2</source>
        <translation>检测到：%1 %2</translation>
    </message>
    <message>
        <source>Detected: %1 %2 — %3</source>
        <translation>检测到：%1 %2 — %3</translation>
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
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n 家企业</numerusform>
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
    <message>
        <source>%1 has a password: choose the user in File ▸ Choose user.</source>
        <translation>%1 设有密码：请在 文件 ▸ 选择用户 中选择该用户。</translation>
    </message>
    <message>
        <source>No user chosen: choose who you are (File ▸ Choose user) to edit.</source>
        <translation>尚未选择用户：请先选择您的身份（文件 ▸ 选择用户）再编辑。</translation>
    </message>
    <message>
        <source>Open a cache (.gpkg) made by Zhili</source>
        <translation>打开产业智理的缓存（.gpkg）</translation>
    </message>
    <message>
        <source>&amp;New cache…</source>
        <translation>新建缓存(&amp;N)…</translation>
    </message>
    <message>
        <source>Make an empty cache, then import district boundaries and parcels into it</source>
        <translation>新建一个空缓存，然后导入区县边界和地块</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开示例(&amp;D)</translation>
    </message>
    <message>
        <source>The bundled demo: synthetic parcels of Hangzhou&apos;s districts</source>
        <translation>随程序提供的示例：杭州各区县的模拟地块</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>New cache %1 made: import district boundaries and parcels into it from the File menu.</source>
        <translation>已新建缓存 %1：请从“文件”菜单导入区县边界和地块。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <name>zhili::NewCacheDialog</name>
    <message>
        <source>New cache</source>
        <translation>新建缓存</translation>
    </message>
    <message>
        <source>An empty cache for one district or the whole city. Import district boundaries and parcels into it afterwards (File menu).</source>
        <translation>为一个区县或全市新建空缓存。之后从“文件”菜单导入区县边界和地块。</translation>
    </message>
    <message>
        <source>Where to save the cache (.gpkg)</source>
        <translation>缓存保存位置（.gpkg）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>e.g. Xihu district 2026</source>
        <translation>例如 西湖区 2026</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Choose a CGCS2000 Gauss-Kruger zone or type any projected EPSG code</source>
        <translation>选择 CGCS2000 高斯-克吕格分带，或输入任一投影坐标系的 EPSG 代码</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new, empty cache? Everything in it will be lost.</source>
        <translation>%1 已存在。要用一个新的空缓存替换它吗？其中的所有内容都将丢失。</translation>
    </message>
    <message>
        <source>Zhili caches (*.gpkg)</source>
        <translation>产业智理缓存 (*.gpkg)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 exists: Create asks before replacing it.</source>
        <translation>%1 已存在：点“创建”时会先询问是否替换。</translation>
    </message>
    <message>
        <source>Create makes %1.</source>
        <translation>点“创建”将生成 %1。</translation>
    </message>
    <message>
        <source>%1 is a geographic system (degrees): a cache needs a projected one in metres, such as EPSG:4549.</source>
        <translation>%1 是地理坐标系（单位为度）：缓存需要以米为单位的投影坐标系，例如 EPSG:4549。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no EPSG code: choose a system from the list or type its EPSG code.</source>
        <translation>“%1”没有 EPSG 代码：请从列表中选择坐标系，或输入其 EPSG 代码。</translation>
    </message>
    <message>
        <source>Choose where to save the new cache.</source>
        <translation>请选择新缓存的保存位置。</translation>
    </message>
    <message>
        <source>%1 is the cache open in the window: choose another file name.</source>
        <translation>%1 是窗口中正打开的缓存：请换一个文件名。</translation>
    </message>
    <message>
        <source>%1 could not be replaced (it may be read-only).</source>
        <translation>无法替换 %1（可能是只读文件）。</translation>
    </message>
    <message>
        <source>The cache %1 could not be created.

%2</source>
        <translation>无法创建缓存 %1。

%2</translation>
    </message>
    <message>
        <source>%1 measures in %2, not metres: choose a system in metres.</source>
        <translation>%1 的单位是 %2，不是米：请选择以米为单位的坐标系。</translation>
    </message>
    <message>
        <source>Hangzhou data is usually EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000).</source>
        <translation>杭州数据通常为 EPSG:4549（东坐标约 515000）或 EPSG:4528（东坐标约 40515000）。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
    <message>
        <source>%1 (low-efficiency land)</source>
        <translation>%1（低效用地）</translation>
    </message>
</context>
<context>
    <name>zhili::ParcelExportActions</name>
    <message>
        <source>Export &amp;parcels…</source>
        <translation>导出地块(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n parcel(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个地块到 %1</numerusform>
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
    <name>zhili::PartnersList</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>距离（公里）</translation>
    </message>
    <message>
        <source>Straight line between the centroids of the two nearest parcels</source>
        <translation>两家企业最近一对地块形心之间的直线距离</translation>
    </message>
    <message>
        <source>The parcel names no enterprise: no partners along the chains.</source>
        <translation>该地块没有企业，因此没有产业链上下游伙伴。</translation>
    </message>
    <message>
        <source>Suppliers (upstream, %1)</source>
        <translation>供应商（上游，%1 家）</translation>
    </message>
    <message>
        <source>Customers (downstream, %1)</source>
        <translation>客户（下游，%1 家）</translation>
    </message>
    <message>
        <source>No enterprise of the cache sits on the links next to %1&apos;s.</source>
        <translation>缓存中没有企业位于%1所在环节的上下游环节。</translation>
    </message>
    <message>
        <source>no parcel</source>
        <translation>无地块</translation>
    </message>
    <message>
        <source>%1 · %2: no parcel in the cache</source>
        <translation>%1 · %2：缓存中无地块</translation>
    </message>
    <message>
        <source>%1 · parcel %2 (%3); double-click to zoom to it</source>
        <translation>%1 · 地块 %2（%3）；双击即可缩放到该地块</translation>
    </message>
</context>
<context>
    <name>zhili::ReadOnlyReason</name>
    <message>
        <source>Read only: the cache file cannot be written.</source>
        <translation>只读：缓存文件不可写。</translation>
    </message>
    <message>
        <source>Read only: choose a user first (File ▸ Choose user…).</source>
        <translation>只读：请先选择用户（文件 ▸ 选择用户…）。</translation>
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
    <name>zhili::SnapshotDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation>导出快照</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Ecosystems</source>
        <translation>产业生态圈</translation>
    </message>
    <message>
        <source>Land allocation</source>
        <translation>用地分配</translation>
    </message>
    <message>
        <source>Energy allocation</source>
        <translation>用能分配</translation>
    </message>
    <message>
        <source>Finance support</source>
        <translation>金融支持</translation>
    </message>
    <message>
        <source>Industrial land layout</source>
        <translation>产业用地布局图</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>Overview inset</source>
        <translation>位置示意</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>内部资料水印</translation>
    </message>
    <message>
        <source>Parcel labels</source>
        <translation>地块标注</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG 分辨率</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>载入模板…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Template error</source>
        <translation>模板错误</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>载入模板</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
</context>
<context>
    <name>zhili::SyncActions</name>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sync with the city server</source>
        <translation>与市级服务器同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Automatic sync skipped: sync once by hand to sign in.</source>
        <translation>已跳过自动同步：请先手动同步一次以登录。</translation>
    </message>
    <message>
        <source>Listening to the city server.</source>
        <translation>正在监听市级服务器。</translation>
    </message>
    <message>
        <source>Not listening (%1); checking every %2 s instead.</source>
        <translation>未在监听（%1）；改为每 %2 秒检查一次。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Pulling the city&apos;s changes…</source>
        <translation>正在拉取全市的变更…</translation>
    </message>
    <message>
        <source>Syncing with the city server…</source>
        <translation>正在与市级服务器同步…</translation>
    </message>
    <message>
        <source>Sync cancelled at %1. What was already exchanged is kept; the next sync finishes the job.</source>
        <translation>同步已于 %1 取消。已交换的内容会保留；下次同步会完成剩余部分。</translation>
    </message>
    <message>
        <source>The city server refused the password of %1. Sync again to enter it again.

%2</source>
        <translation>市级服务器拒绝了 %1 的密码。请再次同步并重新输入密码。

%2</translation>
    </message>
    <message>
        <source>The sync did not finish. Nothing is lost: local edits wait in the outbox until a sync works.

%1</source>
        <translation>同步未完成。没有数据丢失：本地修改会留在待发送队列中，直到同步成功。

%1</translation>
    </message>
    <message>
        <source>Sync failed at %1.</source>
        <translation>同步于 %1 失败。</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n parcel(s) changed by the city server.</source>
        <translation>
            <numerusform>%1：市级服务器修改了 %n 个地块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1: pulled %2, pushed %3, conflicts %4.</source>
        <translation>已于 %1 同步：拉取 %2，推送 %3，冲突 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n new sync conflict(s): see Sync ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n 个新的同步冲突：请查看“同步 ▸ 同步冲突…”</numerusform>
        </translation>
    </message>
    <message>
        <source>Live city view waits for the password: sync once.</source>
        <translation>全市实时视图正在等待密码：请先同步一次。</translation>
    </message>
    <message>
        <source>Connecting to the city server…</source>
        <translation>正在连接市级服务器…</translation>
    </message>
    <message numerus="yes">
        <source>The city server kept its own value for %n target, key-district or quota field(s) changed there too; yours are in the audit log.</source>
        <translation>
            <numerusform>%n 个考核目标、重点落地区县或配额字段也在市级服务器上被修改，服务器保留了其值；您的值记录在审计日志中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::SyncDock</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Pull the city&apos;s changes, then send the local edits (Ctrl+Shift+S)</source>
        <translation>先拉取全市的变更，再发送本地修改（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>City server:</source>
        <translation>市级服务器：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>登录用户：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Local edits waiting:</source>
        <translation>待发送的本地修改：</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>未解决的冲突：</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>自动同步，间隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Live city view: pull the city&apos;s changes as they happen</source>
        <translation>全市实时视图：变更发生时即拉取</translation>
    </message>
    <message>
        <source>The map, legend, table and dashboard show other districts&apos; synced edits within seconds.</source>
        <translation>地图、图例、属性表和仪表盘会在几秒内显示其他区县已同步的修改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>未打开缓存。</translation>
    </message>
    <message>
        <source>This cache is not connected to a city server, so it has nothing to sync. To work with the city server, clone a cache from it:
zhili-cli clone --url postgresql://USER@HOST:PORT/DB --cache NEW.gpkg
and open the new cache.</source>
        <translation>此缓存未连接市级服务器，没有可同步的内容。要与市级服务器协同工作，请从服务器克隆一个缓存：
zhili-cli clone --url postgresql://USER@HOST:PORT/DB --cache NEW.gpkg
然后打开新缓存。</translation>
    </message>
    <message>
        <source>the user in the server URL</source>
        <translation>服务器地址中的用户</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
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
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The first user of a cache is its administrator.</source>
        <translation>缓存的第一个用户是它的管理员。</translation>
    </message>
    <message>
        <source>Users are added by %1 (administrator).</source>
        <translation>由管理员 %1 添加用户。</translation>
    </message>
    <message>
        <source>Only an administrator adds users: choose an administrator, give their password and press OK, then open this dialog again.</source>
        <translation>只有管理员可以添加用户：请选择一位管理员，输入其密码并按“确定”，然后重新打开此对话框。</translation>
    </message>
    <message>
        <source>already signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>no password set</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>%1 的密码错误。</translation>
    </message>
    <message>
        <source>Give %1 a password.</source>
        <translation>请为 %1 设置密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>zhili::UserGuideWindow</name>
    <message>
        <source>Zhili user guide</source>
        <translation>产业智理使用指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>zhili::WelcomePanel</name>
    <message>
        <source>No cache is open</source>
        <translation>没有打开的缓存</translation>
    </message>
    <message>
        <source>A cache is one GeoPackage file with a district&apos;s or the city&apos;s parcels. What next?</source>
        <translation>缓存是保存一个区县或全市地块的 GeoPackage 文件。下一步：</translation>
    </message>
    <message>
        <source>Recent caches</source>
        <translation>最近打开的缓存</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recent caches: none yet</source>
        <translation>最近打开的缓存：暂无</translation>
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
    <message>
        <source>Import &amp;district boundaries…</source>
        <translation>导入区县边界(&amp;D)…</translation>
    </message>
    <message>
        <source>District boundaries imported: %1 new, %2 replaced</source>
        <translation>区县边界已导入：新增 %1 个，替换 %2 个</translation>
    </message>
</context>
</TS>
