// Tests for RecordFormWindow (being written).
#include <QtTest>
class tst_RecordFormWindow : public QObject { Q_OBJECT };
QTEST_MAIN(tst_RecordFormWindow)
#include "tst_recordformwindow.moc"
