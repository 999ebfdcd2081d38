// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/answers/AnswerEditor.h"

#include "core/model/Platform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace earshot {

namespace {

enum VariantColumn { PlatformColumn, FormatColumn, LimitColumn, TextColumn, ColumnCount };

}  // namespace

AnswerEditor::AnswerEditor(QWidget *parent) : QWidget(parent)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("answerTitle"));
    m_tag = new QLineEdit(this);
    m_tag->setPlaceholderText(tr("problem/billing"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Any"), QString());
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("answerStatus"));
    m_status->addItem(tr("Draft"), QStringLiteral("draft"));
    m_status->addItem(tr("Approved"), QStringLiteral("approved"));
    m_status->addItem(tr("Retired"), QStringLiteral("retired"));
    m_expiresOn = new QCheckBox(tr("Expires on"), this);
    m_expires = new QDateEdit(QDate::currentDate().addMonths(3), this);
    m_expires->setCalendarPopup(true);
    m_expires->setEnabled(false);
    connect(m_expiresOn, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    m_keywords = new QLineEdit(this);
    m_keywords->setPlaceholderText(tr("words that suggest it, separated by commas"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("answerText"));
    m_text->setPlaceholderText(
        tr("Default text. Placeholders: {author} {platform} {link} {title}"));

    m_variants = new QTableWidget(0, ColumnCount, this);
    m_variants->setObjectName(QStringLiteral("answerVariants"));
    m_variants->setHorizontalHeaderLabels(
        {tr("Platform"), tr("Format"), tr("Max length"), tr("Text")});
    m_variants->horizontalHeader()->setStretchLastSection(true);
    m_variants->verticalHeader()->hide();
    auto *addVariantButton = new QPushButton(tr("Add platform variant"), this);
    connect(addVariantButton, &QPushButton::clicked, this, [this] {
        addVariant({Platform::Mastodon, QStringLiteral("plain"), m_text->toPlainText(), 500});
    });
    auto *removeVariant = new QPushButton(tr("Remove variant"), this);
    connect(removeVariant, &QPushButton::clicked, this, [this] {
        if (m_variants->currentRow() >= 0) {
            m_variants->removeRow(m_variants->currentRow());
            Q_EMIT edited();
        }
    });

    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiresOn);
    expiry->addWidget(m_expires, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Problem tag"), m_tag);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Expiry"), expiry);
    form->addRow(tr("Keywords"), m_keywords);
    auto *variantButtons = new QHBoxLayout;
    variantButtons->addWidget(addVariantButton);
    variantButtons->addWidget(removeVariant);
    variantButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_variants, 1);
    layout->addLayout(variantButtons);

    for (QLineEdit *field : {m_title, m_tag, m_keywords})
        connect(field, &QLineEdit::textEdited, this, &AnswerEditor::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AnswerEditor::edited);
    connect(m_status, &QComboBox::activated, this, &AnswerEditor::edited);
    connect(m_variants, &QTableWidget::itemChanged, this, &AnswerEditor::edited);
}

void AnswerEditor::addVariant(const AnswerVariant &variant)
{
    const int row = m_variants->rowCount();
    m_variants->insertRow(row);
    m_variants->setItem(row, PlatformColumn, new QTableWidgetItem(variant.platform));
    m_variants->setItem(row, FormatColumn, new QTableWidgetItem(variant.format));
    m_variants->setItem(row, LimitColumn, new QTableWidgetItem(QString::number(variant.maxLength)));
    m_variants->setItem(row, TextColumn, new QTableWidgetItem(variant.text));
    Q_EMIT edited();
}

void AnswerEditor::setAnswer(const OfficialAnswer &answer)
{
    const QSignalBlocker blockText(m_text);
    const QSignalBlocker blockVariants(m_variants);
    m_base = answer;
    m_title->setText(answer.title);
    m_tag->setText(answer.problemTag);
    m_language->setCurrentIndex(qMax(0, m_language->findData(answer.language)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(answer.status)));
    m_expiresOn->setChecked(answer.expires.has_value());
    if (answer.expires)
        m_expires->setDate(*answer.expires);
    m_keywords->setText(answer.keywords.join(QStringLiteral(", ")));
    m_text->setPlainText(answer.text);
    m_variants->setRowCount(0);
    for (const AnswerVariant &variant : answer.variants)
        addVariant(variant);
}

OfficialAnswer AnswerEditor::answer() const
{
    OfficialAnswer a = m_base;
    a.title = m_title->text().trimmed();
    a.problemTag = m_tag->text().trimmed();
    a.language = m_language->currentData().toString();
    a.status = m_status->currentData().toString();
    a.expires = m_expiresOn->isChecked() ? std::optional<QDate>(m_expires->date()) : std::nullopt;
    a.keywords.clear();
    for (const QString &k : m_keywords->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!k.trimmed().isEmpty())
            a.keywords << k.trimmed();
    }
    a.text = m_text->toPlainText();
    a.variants.clear();
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_variants->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (cell(PlatformColumn).isEmpty())
            continue;
        a.variants.push_back({Platform::normalizeId(cell(PlatformColumn)), cell(FormatColumn),
                              m_variants->item(row, TextColumn)
                                  ? m_variants->item(row, TextColumn)->text()
                                  : QString(),
                              cell(LimitColumn).toInt()});
    }
    return a;
}

}  // namespace earshot
