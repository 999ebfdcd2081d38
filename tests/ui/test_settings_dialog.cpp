// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TempDir.h"
#include "ui/UiSettings.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace earshot;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storesChoicesOnAccept();
    void cancelKeepsSettings();
};

void TestSettingsDialog::storesChoicesOnAccept()
{
    test::TempDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    UiSettings settings(store);
    QCOMPARE(settings.language(), QString());  // follows the system by default
    SettingsDialog dialog(settings);
    QSignalSpy language(&dialog, &SettingsDialog::languageChanged);
    QSignalSpy delay(&dialog, &SettingsDialog::markReadDelayChanged);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("markReadDelay"));
    QVERIFY(combo && spin);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(QStringLiteral("ru")));
    spin->setValue(500);
    dialog.accept();
    QCOMPARE(settings.language(), QStringLiteral("ru"));
    QCOMPARE(settings.markReadDelayMs(), 500);
    QCOMPARE(language.count(), 1);
    QCOMPARE(delay.count(), 1);
    QCOMPARE(delay.first().first().toInt(), 500);
}

void TestSettingsDialog::cancelKeepsSettings()
{
    test::TempDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    UiSettings settings(store);
    settings.setLanguage(QStringLiteral("en"));
    SettingsDialog dialog(settings);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    combo->setCurrentIndex(0);
    dialog.reject();
    QCOMPARE(settings.language(), QStringLiteral("en"));
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
