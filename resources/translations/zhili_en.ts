<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</TS>
