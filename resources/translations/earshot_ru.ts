<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AsyncWorkspace</name>
    <message numerus="yes">
        <source>%n item(s) imported</source>
        <translation>
            <numerusform>Импортировано %n упоминание</numerusform>
            <numerusform>Импортировано %n упоминания</numerusform>
            <numerusform>Импортировано %n упоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped, first at line %1: %2</source>
        <translation>
            <numerusform>пропущена %n строка, первая — строка %1: %2</numerusform>
            <numerusform>пропущены %n строки, первая — строка %1: %2</numerusform>
            <numerusform>пропущено %n строк, первая — строка %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <source>The account address is empty. Give the instance address, e.g. https://mastodon.social.</source>
        <translation>Адрес учётной записи пуст. Укажите адрес сервера, например https://mastodon.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Give the instance address, e.g. https://mastodon.social.</source>
        <translation>«%1» — не веб-адрес. Укажите адрес сервера, например https://mastodon.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>«%1» — не адрес http или https.</translation>
    </message>
    <message>
        <source>Do not put a name or password in the address &quot;%1&quot;: the token is read separately.</source>
        <translation>Не указывайте имя или пароль в адресе «%1»: токен вводится отдельно.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>В этой библиотеке SQLite нет полнотекстового поиска (FTS5).</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (is Earshot already running?). Close it and try again.</source>
        <translation>База данных %1 занята другой программой (Earshot уже запущен?). Закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written. Check the permissions of the file and its folder.</source>
        <translation>В базу данных %1 нельзя записывать. Проверьте права доступа к файлу и его папке.</translation>
    </message>
    <message>
        <source>The file %1 is not an Earshot database or is damaged. Nothing was changed; restore a backup or choose another file.</source>
        <translation>Файл %1 — не база данных Earshot или он повреждён. Ничего не изменено; восстановите резервную копию или выберите другой файл.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (disk full, missing folder or no permission).</source>
        <translation>Не удалось прочитать или записать базу данных %1 (диск заполнен, папки нет или нет прав доступа).</translation>
    </message>
    <message>
        <source>The database %1 reported an error.</source>
        <translation>База данных %1 сообщила об ошибке.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Could not write the backup %1 (%2). Nothing was changed; free some disk space and try again.</source>
        <translation>Не удалось записать резервную копию %1 (%2). Ничего не изменено; освободите место на диске и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Earshot (schema %2; this version understands up to %3). Nothing was changed: update Earshot or open another database.</source>
        <translation>База данных %1 записана более новой версией Earshot (схема %2; эта версия понимает схемы до %3). Ничего не изменено: обновите Earshot или откройте другую базу данных.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an Earshot database. Nothing was changed; choose another file.</source>
        <translation>Файл %1 — база данных другой программы, а не Earshot. Ничего не изменено; выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Welcome to Earshot</source>
        <translation>Добро пожаловать в Earshot</translation>
    </message>
    <message>
        <source>Your workspace is empty.</source>
        <translation>Рабочее пространство пока пусто.</translation>
    </message>
    <message>
        <source>Load the sample workspace to look around? It holds made-up mentions from several platforms.</source>
        <translation>Загрузить пример, чтобы осмотреться? В нём вымышленные упоминания с нескольких платформ.</translation>
    </message>
    <message>
        <source>Load Sample</source>
        <translation>Загрузить пример</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Начать с нуля</translation>
    </message>
    <message>
        <source>Import JSON Lines</source>
        <translation>Импорт JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>invalid input</source>
        <translation>неверные данные</translation>
    </message>
    <message>
        <source>file error</source>
        <translation>ошибка файла</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>база данных заблокирована</translation>
    </message>
    <message>
        <source>database is read-only</source>
        <translation>база данных доступна только для чтения</translation>
    </message>
    <message>
        <source>database is from a newer version</source>
        <translation>база данных от более новой версии</translation>
    </message>
    <message>
        <source>database is damaged</source>
        <translation>база данных повреждена</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>ошибка базы данных</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ошибка сети</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>слишком много запросов</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>непонятный ответ</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>слишком большой объём</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Не удалось записать экспорт: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>line is longer than %1 MB</source>
        <translation>строка длиннее %1 МБ</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>Из этого файла ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>InboxService</name>
    <message>
        <source>Item %1 is not in the cache.</source>
        <translation>Упоминания %1 нет в кэше.</translation>
    </message>
</context>
<context>
    <name>ItemJson</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» должно быть строкой</translation>
    </message>
    <message>
        <source>&quot;platform&quot; is missing</source>
        <translation>нет поля «platform»</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing</source>
        <translation>нет поля «source»</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>нет поля «id»</translation>
    </message>
    <message>
        <source>&quot;published&quot; must be an RFC 3339 date such as 2026-11-20T14:03:00+03:00</source>
        <translation>«published» должно быть датой в формате RFC 3339, например 2026-11-20T14:03:00+03:00</translation>
    </message>
    <message>
        <source>both &quot;title&quot; and &quot;text&quot; are empty</source>
        <translation>поля «title» и «text» оба пусты</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation>«tags» должно быть списком строк</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>The query is not valid at %1.</source>
        <translation>Запрос некорректен в позиции %1.</translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <source>The Mastodon server sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation>Сервер Mastodon прислал данные (%1), которые Earshot не может прочитать (%2). Ничего не изменено; следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>a timeline</source>
        <translation>лента</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>пост</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>у него нет id</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>уведомления</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>результаты поиска</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>беседа</translation>
    </message>
    <message>
        <source>ancestors or descendants missing</source>
        <translation>нет предков или потомков</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Captured by hand</source>
        <translation>Добавлено вручную</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть название.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs at least one term with letters or digits.</source>
        <translation>В профиле «%1» должно быть хотя бы одно слово из букв или цифр.</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>%1: expects a date like 2026-11-20 or a time back like 7d or 24h, not &quot;%2&quot;</source>
        <translation>%1: ожидается дата вида 2026-11-20 или срок назад вида 7d или 24h, а не «%2»</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use new, in-progress, waiting, answered or closed</source>
        <translation>неизвестный статус «%1»; используйте new, in-progress, waiting, answered или closed</translation>
    </message>
    <message>
        <source>is: expects unread, read, saved, answered or spam, not &quot;%1&quot;</source>
        <translation>is: ожидается unread, read, saved, answered или spam, а не «%1»</translation>
    </message>
    <message>
        <source>has: expects link, not &quot;%1&quot;</source>
        <translation>has: ожидается link, а не «%1»</translation>
    </message>
    <message>
        <source>the quote is not closed</source>
        <translation>кавычка не закрыта</translation>
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation>%1: нужно значение</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; known fields: %2</source>
        <translation>неизвестное поле «%1»; известные поля: %2</translation>
    </message>
    <message>
        <source>this closing parenthesis has no opening one</source>
        <translation>у этой закрывающей скобки нет открывающей</translation>
    </message>
    <message>
        <source>OR needs something to search for before it</source>
        <translation>перед OR должно быть что искать</translation>
    </message>
    <message>
        <source>OR needs something to search for after it</source>
        <translation>после OR должно быть что искать</translation>
    </message>
    <message>
        <source>- needs something to exclude right after it</source>
        <translation>сразу после - должно быть то, что нужно исключить</translation>
    </message>
    <message>
        <source>the parentheses are empty</source>
        <translation>скобки пусты</translation>
    </message>
    <message>
        <source>this parenthesis is not closed</source>
        <translation>эта скобка не закрыта</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>неожиданное «%1»</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>позиция %1: %2</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>A rule needs a name.</source>
        <translation>У правила должно быть название.</translation>
    </message>
    <message>
        <source>The rule&apos;s query is not valid at %1.</source>
        <translation>Запрос правила некорректен в позиции %1.</translation>
    </message>
    <message>
        <source>The rule&apos;s regular expression is not valid at position %1: %2.</source>
        <translation>Регулярное выражение правила некорректно в позиции %1: %2.</translation>
    </message>
    <message>
        <source>A rule needs at least one action.</source>
        <translation>У правила должно быть хотя бы одно действие.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use tag, status, assign, spam, priority or notify.</source>
        <translation>Неизвестное действие «%1»; используйте tag, status, assign, spam, priority или notify.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Неизвестный статус «%1».</translation>
    </message>
    <message>
        <source>Priority must be a number, not &quot;%1&quot;.</source>
        <translation>Приоритет должен быть числом, а не «%1».</translation>
    </message>
    <message>
        <source>The tag action needs a tag name.</source>
        <translation>Для действия tag нужно название метки.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>memory (not saved)</source>
        <translation>память (не сохраняется)</translation>
    </message>
    <message>
        <source>The keychain refused access to the token &quot;%1&quot; (%2). Unlock the keyring and allow Earshot to use it, then try again.</source>
        <translation>Хранилище ключей отказало в доступе к токену «%1» (%2). Разблокируйте хранилище, разрешите Earshot им пользоваться и попробуйте снова.</translation>
    </message>
    <message>
        <source>The keychain could not handle the token &quot;%1&quot;: %2</source>
        <translation>Хранилище ключей не смогло обработать токен «%1»: %2</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>системное хранилище ключей</translation>
    </message>
    <message>
        <source>No keychain is available to keep the access token safe. Start the desktop&apos;s keyring (for example GNOME Keyring or KWallet) and unlock it, then try again.</source>
        <translation>Нет хранилища ключей, чтобы надёжно сохранить токен доступа. Запустите хранилище ключей рабочего стола (например, GNOME Keyring или KWallet), разблокируйте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation>Сообщение системы: %1</translation>
    </message>
    <message>
        <source>No token is stored in the keychain under &quot;%1&quot;. Add the account again to store a new token.</source>
        <translation>В хранилище ключей нет токена «%1». Добавьте учётную запись заново, чтобы сохранить новый токен.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next item</source>
        <translation>Следующее упоминание</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Предыдущее упоминание</translation>
    </message>
    <message>
        <source>Open the item in the reading pane</source>
        <translation>Открыть в панели чтения</translation>
    </message>
    <message>
        <source>Open the original in the web browser</source>
        <translation>Открыть оригинал в браузере</translation>
    </message>
    <message>
        <source>Save or unsave the item</source>
        <translation>Сохранить или убрать из сохранённых</translation>
    </message>
    <message>
        <source>Mark the item read or unread</source>
        <translation>Отметить прочитанным или непрочитанным</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Clear the search and go back to the list</source>
        <translation>Очистить поиск и вернуться к списку</translation>
    </message>
    <message>
        <source>Import a JSON Lines file</source>
        <translation>Импортировать файл JSON Lines</translation>
    </message>
    <message>
        <source>Show keyboard shortcuts</source>
        <translation>Показать сочетания клавиш</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
</context>
<context>
    <name>TriageService</name>
    <message>
        <source>Unknown triage action &quot;%1&quot;.</source>
        <translation>Неизвестное действие разбора «%1».</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use new, in-progress, waiting, answered or closed.</source>
        <translation>Неизвестный статус «%1»; используйте new, in-progress, waiting, answered или closed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag name; use words, with / between levels (problem/billing).</source>
        <translation>«%1» — не название метки; используйте слова, а уровни разделяйте знаком / (problem/billing).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use #rrggbb.</source>
        <translation>«%1» — не цвет; используйте формат #rrggbb.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Could not create the folder %1 for the database. Check its permissions.</source>
        <translation>Не удалось создать папку %1 для базы данных. Проверьте права доступа к ней.</translation>
    </message>
</context>
<context>
    <name>earshot::ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the import; nothing of it is kept</source>
        <translation>Отменить импорт; из него ничего не сохранится</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln упоминание</numerusform>
            <numerusform>%Ln упоминания</numerusform>
            <numerusform>%Ln упоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>Could not load the inbox: %1</source>
        <translation>Не удалось загрузить входящие: %1</translation>
    </message>
    <message>
        <source>&amp;Import JSON Lines…</source>
        <translation>&amp;Импорт JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Load &amp;Sample Workspace</source>
        <translation>Загрузить &amp;пример</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Упоминание</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Earshot</source>
        <translation>&amp;О программе Earshot</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Импорт уже идёт.</translation>
    </message>
    <message>
        <source>The new language applies when Earshot starts again.</source>
        <translation>Новый язык будет применён при следующем запуске Earshot.</translation>
    </message>
    <message>
        <source>About Earshot</source>
        <translation>О программе Earshot</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earshot&lt;/b&gt; %1&lt;br&gt;Mentions, comments and feeds from many platforms in one inbox.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Earshot&lt;/b&gt; %1&lt;br&gt;Упоминания, комментарии и ленты с разных платформ в одном списке входящих.&lt;br&gt;Распространяется на условиях GNU GPL версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>earshot::Outbox</name>
    <message>
        <source>There is no reply #%1 in the outbox.</source>
        <translation>В исходящих нет ответа №%1.</translation>
    </message>
    <message>
        <source>This account cannot post replies on %1.</source>
        <translation>С этой учётной записи нельзя отвечать на %1.</translation>
    </message>
    <message>
        <source>The thread could not be checked for new answers, so nothing was sent: %1</source>
        <translation>Не удалось проверить ветку на новые ответы, поэтому ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>%1 already answered in this thread at %2: &quot;%3&quot;. Send anyway or discard the reply.</source>
        <translation>%1 уже ответил(а) в этой ветке в %2: «%3». Отправьте всё равно или удалите ответ.</translation>
    </message>
    <message>
        <source>The reply may have reached the server; retrying sends the same idempotency key, so it cannot be posted twice.</source>
        <translation>Ответ мог дойти до сервера; повторная попытка отправит тот же ключ идемпотентности, поэтому дважды он не опубликуется.</translation>
    </message>
</context>
<context>
    <name>earshot::ReadingPane</name>
    <message>
        <source>Select an item to read it.</source>
        <translation>Выберите упоминание, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <source>Load Remote Images</source>
        <translation>Загрузить внешние изображения</translation>
    </message>
    <message>
        <source>This item could not be loaded.</source>
        <translation>Не удалось загрузить это упоминание.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(ies)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>%n внешнее изображение скрыто, чтобы защитить вашу приватность.</numerusform>
            <numerusform>%n внешних изображения скрыты, чтобы защитить вашу приватность.</numerusform>
            <numerusform>%n внешних изображений скрыто, чтобы защитить вашу приватность.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsave</source>
        <translation>Убрать из сохранённых</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>earshot::SearchBar</name>
    <message>
        <source>Search (/)</source>
        <translation>Поиск (/)</translation>
    </message>
    <message>
        <source>Words match all their forms. Use &quot;quotes&quot; for a phrase, -word to exclude, OR for either.</source>
        <translation>Слова ищутся во всех формах. &quot;Кавычки&quot; — фраза целиком, -слово — исключить, OR — любое из двух.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <source>Order of the search results</source>
        <translation>Порядок результатов поиска</translation>
    </message>
</context>
<context>
    <name>earshot::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>A new language applies when Earshot starts again.</source>
        <translation>Новый язык будет применён при следующем запуске Earshot.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Mark as read after:</source>
        <translation>Отмечать прочитанным через:</translation>
    </message>
</context>
<context>
    <name>earshot::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
</context>
<context>
    <name>earshot::SidebarModel</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>%1: %2 unread of %3</source>
        <translation>%1: непрочитанных %2 из %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Earshot: every mention in one inbox.</source>
        <translation>Earshot: все упоминания в одном списке входящих.</translation>
    </message>
    <message>
        <source>Use the workspace database FILE.</source>
        <translation>Использовать базу данных рабочего пространства ФАЙЛ.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
</context>
<context>
    <name>net</name>
    <message>
        <source>%1 asks for a sign-in (HTTP 401). Check the address or the account.</source>
        <translation>%1 требует входа (HTTP 401). Проверьте адрес или учётную запись.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403). The site may block readers or need a sign-in.</source>
        <translation>%1 отказал в доступе (HTTP 403). Возможно, сайт блокирует программы для чтения или требует входа.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check the address.</source>
        <translation>По адресу %1 ничего не найдено (HTTP 404). Проверьте адрес.</translation>
    </message>
    <message>
        <source>%1 is gone for good (HTTP 410). The site removed it; consider deleting the source.</source>
        <translation>%1 удалён навсегда (HTTP 410). Сайт убрал эту страницу; источник, вероятно, стоит удалить.</translation>
    </message>
    <message>
        <source>%1 asked Earshot to slow down (HTTP 429) and to wait until %2.</source>
        <translation>%1 просит Earshot обращаться реже (HTTP 429) и подождать до %2.</translation>
    </message>
    <message>
        <source>%1 asked Earshot to slow down (HTTP 429). It will be tried later.</source>
        <translation>%1 просит Earshot обращаться реже (HTTP 429). Попробуем позже.</translation>
    </message>
    <message>
        <source>The server of %1 failed (HTTP %2). This is usually temporary.</source>
        <translation>Сервер %1 дал сбой (HTTP %2). Обычно это временно.</translation>
    </message>
    <message>
        <source>It asked to wait until %1.</source>
        <translation>Он просит подождать до %1.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 ответил кодом HTTP %2.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS). Check the address and the internet connection.</source>
        <translation>Не удалось найти сервер %1 (DNS). Проверьте адрес и подключение к интернету.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The site may be down or the address wrong.</source>
        <translation>%1 отклонил подключение. Возможно, сайт не работает или адрес неверен.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived. It will be tried again later.</source>
        <translation>%1 закрыл соединение, не передав ответ целиком. Попробуем ещё раз позже.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified</source>
        <translation>Не удалось проверить защищённое соединение с %1</translation>
    </message>
    <message>
        <source>Earshot does not read from servers whose certificate is not valid.</source>
        <translation>Earshot не читает с серверов, у которых недействительный сертификат.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1: %2</source>
        <translation>Прокси-сервер не смог связаться с %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 — не адрес http или https.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 прислал ответ, который не является корректным HTTP.</translation>
    </message>
    <message>
        <source>The network is not available (%1).</source>
        <translation>Сеть недоступна (%1).</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
</context>
<context>
    <name>opml</name>
    <message>
        <source>The OPML file declares a DTD, which Earshot does not accept (line %1).</source>
        <translation>Файл OPML объявляет DTD, а такие файлы Earshot не принимает (строка %1).</translation>
    </message>
    <message>
        <source>The OPML file uses an undeclared entity (line %1).</source>
        <translation>В файле OPML используется необъявленная сущность (строка %1).</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed XML: %1 (line %2).</source>
        <translation>Файл OPML — некорректный XML: %1 (строка %2).</translation>
    </message>
    <message>
        <source>The file is not OPML (no &lt;opml&gt; element).</source>
        <translation>Это не файл OPML (нет элемента &lt;opml&gt;).</translation>
    </message>
</context>
</TS>
