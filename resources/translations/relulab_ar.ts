<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>relulab::ui::MainWindow</name>
    <message>
        <source>ReLU Lab</source>
        <translation>مختبر ReLU</translation>
    </message>
</context>
</TS>
