<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignParcelsCommand</name>
    <message numerus="yes">
        <source>Batch assignment (%n parcel(s))</source>
        <translation>
            <numerusform>Batch assignment (%n parcel)</numerusform>
            <numerusform>Batch assignment (%n parcels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n parcel(s)</source>
        <translation>
            <numerusform>Edit %n parcel</numerusform>
            <numerusform>Edit %n parcels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n parcel(s) to %1</source>
        <translation>
            <numerusform>Exported %n parcel to %1</numerusform>
            <numerusform>Exported %n parcels to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::BatchAssignDialog</name>
    <message numerus="yes">
        <source>%n row(s) do not match: nothing can be applied until the file is fixed (all or nothing).</source>
        <translation>
            <numerusform>%n row does not match: nothing can be applied until the file is fixed (all or nothing).</numerusform>
            <numerusform>%n rows do not match: nothing can be applied until the file is fixed (all or nothing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n parcel(s) as one step (Edit → Undo reverts it).</source>
        <translation>
            <numerusform>Applied to %n parcel as one step (Edit → Undo reverts it).</numerusform>
            <numerusform>Applied to %n parcels as one step (Edit → Undo reverts it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::ChainTreeModel</name>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::ChainsDock</name>
    <message numerus="yes">
        <source>%1 · %2: %n parcel(s) of its enterprises selected.</source>
        <translation>
            <numerusform>%1 · %2: %n parcel of its enterprises selected.</numerusform>
            <numerusform>%1 · %2: %n parcels of its enterprises selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::ConflictDialog</name>
    <message numerus="yes">
        <source>%n field(s) changed both here and on the city server. The server kept theirs; take mine to send yours again at the next sync.</source>
        <translation>
            <numerusform>%n field changed both here and on the city server. The server kept theirs; take mine to send yours again at the next sync.</numerusform>
            <numerusform>%n fields changed both here and on the city server. The server kept theirs; take mine to send yours again at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::DistrictImportDialog</name>
    <message numerus="yes">
        <source>%1: %n feature(s), ready to import into %2.</source>
        <translation>
            <numerusform>%1: %n feature, ready to import into %2.</numerusform>
            <numerusform>%1: %n features, ready to import into %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::ExportDialog</name>
    <message numerus="yes">
        <source>The selection (%n parcel(s))</source>
        <translation>
            <numerusform>The selection (%n parcel)</numerusform>
            <numerusform>The selection (%n parcels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n parcel(s) to %1.</source>
        <translation>
            <numerusform>Exported %n parcel to %1.</numerusform>
            <numerusform>Exported %n parcels to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::LegendDelegate</name>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::MainWindow</name>
    <message numerus="yes">
        <source>%n parcel(s) loaded.</source>
        <translation>
            <numerusform>%n parcel loaded.</numerusform>
            <numerusform>%n parcels loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) selected</source>
        <translation>
            <numerusform>%n parcel selected</numerusform>
            <numerusform>%n parcels selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::ParcelEditorDock</name>
    <message numerus="yes">
        <source>Applied to %n parcel(s).</source>
        <translation>
            <numerusform>Applied to %n parcel.</numerusform>
            <numerusform>Applied to %n parcels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::ParcelExportActions</name>
    <message numerus="yes">
        <source>Exported %n parcel(s) to %1</source>
        <translation>
            <numerusform>Exported %n parcel to %1</numerusform>
            <numerusform>Exported %n parcels to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::SelectByFilterDialog</name>
    <message numerus="yes">
        <source>%n parcel(s) match.</source>
        <translation>
            <numerusform>%n parcel matches.</numerusform>
            <numerusform>%n parcels match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhili::SyncActions</name>
    <message numerus="yes">
        <source>%1: %n parcel(s) changed by the city server.</source>
        <translation>
            <numerusform>%1: %n parcel changed by the city server.</numerusform>
            <numerusform>%1: %n parcels changed by the city server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new sync conflict(s): see Sync ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n new sync conflict: see Sync ▸ Sync conflicts…</numerusform>
            <numerusform>%n new sync conflicts: see Sync ▸ Sync conflicts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The city server kept its own value for %n target, key-district or quota field(s) changed there too; yours are in the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
