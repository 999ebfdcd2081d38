<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnswerCsv</name>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>файл пуст; в первой строке должны быть названия столбцов</translation>
    </message>
    <message>
        <source>the first row must name the columns and include &quot;text&quot;</source>
        <translation>в первой строке должны быть названия столбцов, включая «text»</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>ожидалось полей: %1, найдено: %2</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is not a positive number</source>
        <translation>id «%1» — не положительное число</translation>
    </message>
    <message>
        <source>a second row for the same answer without a platform; give variants a platform</source>
        <translation>вторая строка того же ответа без платформы; укажите платформу для вариантов</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, approved or retired</source>
        <translation>неизвестный статус «%1»; используйте draft, approved или retired</translation>
    </message>
    <message>
        <source>the expiry date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation>срок действия «%1» не в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>the variable &quot;%1&quot; is not name=value</source>
        <translation>переменная «%1» не в формате имя=значение</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use plain, markdown or bbcode</source>
        <translation>неизвестный формат «%1»; используйте plain, markdown или bbcode</translation>
    </message>
    <message>
        <source>the length limit &quot;%1&quot; is not a number</source>
        <translation>ограничение длины «%1» — не число</translation>
    </message>
    <message>
        <source>variant rows without the answer&apos;s own row (empty platform)</source>
        <translation>строки вариантов без основной строки ответа (с пустой платформой)</translation>
    </message>
</context>
<context>
    <name>AnswerRepository</name>
    <message>
        <source>There is no answer %1.</source>
        <translation>Ответ %1 не найден.</translation>
    </message>
</context>
<context>
    <name>AnswerService</name>
    <message numerus="yes">
        <source>%n title word(s)</source>
        <translation>
            <numerusform>%n слово из названия</numerusform>
            <numerusform>%n слова из названия</numerusform>
            <numerusform>%n слов из названия</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer needs a text.</source>
        <translation>У ответа должен быть текст.</translation>
    </message>
    <message>
        <source>Unknown answer status &quot;%1&quot;; use draft, approved or retired.</source>
        <translation>Неизвестный статус ответа «%1»; используйте draft, approved или retired.</translation>
    </message>
    <message>
        <source>A variant of an answer needs a platform.</source>
        <translation>Для варианта ответа нужно указать платформу.</translation>
    </message>
    <message>
        <source>The answer has two variants for %1.</source>
        <translation>У ответа два варианта для %1.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use plain, markdown or bbcode.</source>
        <translation>Неизвестный формат «%1»; используйте plain, markdown или bbcode.</translation>
    </message>
    <message>
        <source>A length limit cannot be negative.</source>
        <translation>Ограничение длины не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The %1 variant of the answer has no text.</source>
        <translation>В варианте ответа для %1 нет текста.</translation>
    </message>
    <message>
        <source>There is no answer %1.</source>
        <translation>Ответ %1 не найден.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Упоминание %1 не найдено.</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>метка %1</translation>
    </message>
    <message>
        <source>keywords %1</source>
        <translation>ключевые слова %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>The file is not an answers CSV.</source>
        <translation>Этот файл — не CSV с ответами.</translation>
    </message>
    <message>
        <source>there is no answer %1; leave the id empty to add a new answer</source>
        <translation>ответ %1 не найден; оставьте id пустым, чтобы добавить новый ответ</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Could not write the answers: %1</source>
        <translation>Не удалось записать ответы: %1</translation>
    </message>
</context>
<context>
    <name>AsyncAccounts</name>
    <message>
        <source>This account is no longer there.</source>
        <translation>Этого аккаунта больше нет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to follow; use one of: %2</source>
        <translation>«%1» — не тип подписки; используйте один из: %2</translation>
    </message>
    <message>
        <source>Say what to follow: a hashtag, subreddit, wall, category or words.</source>
        <translation>Укажите, на что подписаться: хештег, сабреддит, стену, категорию или слова.</translation>
    </message>
    <message>
        <source>%1 accounts cannot follow a %2.</source>
        <translation>Аккаунты %1 не поддерживают подписку типа %2.</translation>
    </message>
</context>
<context>
    <name>AsyncWatch</name>
    <message>
        <source>This site is no longer on the watch list.</source>
        <translation>Этого сайта больше нет в списке наблюдения.</translation>
    </message>
    <message>
        <source>%1 is already on the watch list.</source>
        <translation>%1 уже есть в списке наблюдения.</translation>
    </message>
</context>
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
    <name>Auth</name>
    <message>
        <source>%1 refused to give Earshot a token: %2. Nothing was stored; sign in again.</source>
        <translation>%1 отказался выдать Earshot токен: %2. Ничего не сохранено; войдите снова.</translation>
    </message>
    <message>
        <source>Earshot could not get a token from %1: %2 Nothing was stored.</source>
        <translation>Earshot не удалось получить токен от %1: %2 Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 answered without an access token (the answer is not the JSON an OAuth2 token endpoint gives). Nothing was stored.</source>
        <translation>%1 ответил без токена доступа (ответ не похож на JSON, который возвращает конечная точка токенов OAuth2). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 gave a token of type &quot;%2&quot;, which Earshot cannot use. Nothing was stored.</source>
        <translation>%1 выдал токен типа «%2», который Earshot не может использовать. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>This %1 account (%2) is already added.</source>
        <translation>Этот аккаунт %1 (%2) уже добавлен.</translation>
    </message>
</context>
<context>
    <name>CaptureService</name>
    <message>
        <source>&quot;%1&quot; is not a web address; give the link of the post, starting with https://.</source>
        <translation>«%1» — не веб-адрес; укажите ссылку на пост, начинающуюся с https://.</translation>
    </message>
    <message>
        <source>Say which platform the post is on.</source>
        <translation>Укажите, на какой платформе опубликован пост.</translation>
    </message>
    <message>
        <source>Say who wrote the post.</source>
        <translation>Укажите автора поста.</translation>
    </message>
    <message>
        <source>The post needs a text or a title.</source>
        <translation>У поста должен быть текст или заголовок.</translation>
    </message>
    <message>
        <source>Captured by hand (%1)</source>
        <translation>Добавлено вручную (%1)</translation>
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
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>поле в кавычках не закрыто до конца файла</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>текст после закрывающей кавычки в поле %1</translation>
    </message>
    <message>
        <source>a quote inside the unquoted field %1</source>
        <translation>кавычка внутри поля %1 без кавычек</translation>
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
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
</context>
<context>
    <name>Discourse</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>The Discourse forum sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation>Форум Discourse прислал данные (%1), которые Earshot не может прочитать (%2). Ничего не изменено; следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <source>a topic list</source>
        <translation>список тем</translation>
    </message>
    <message>
        <source>The Discourse forum sent a topic list without topics.</source>
        <translation>Форум Discourse прислал список тем, в котором нет ни одной темы.</translation>
    </message>
    <message>
        <source>a topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>The Discourse forum sent a topic without posts.</source>
        <translation>Форум Discourse прислал тему без постов.</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>результаты поиска</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>пост</translation>
    </message>
    <message>
        <source>The Discourse forum sent a post without an id.</source>
        <translation>Форум Discourse прислал пост без id.</translation>
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
        <source>not valid JSON at column %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>Из этого файла ничего не сохранено.</translation>
    </message>
    <message>
        <source>line is longer than %1 MB</source>
        <translation>строка длиннее %1 МБ</translation>
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
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Форумы</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
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
    <name>Reddit</name>
    <message>
        <source>Reddit sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation>Reddit прислал данные (%1), которые Earshot не может прочитать (%2). Ничего не изменено; следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>a list of posts</source>
        <translation>список постов</translation>
    </message>
    <message>
        <source>expected a Listing</source>
        <translation>ожидался Listing</translation>
    </message>
    <message>
        <source>a comment thread</source>
        <translation>ветка комментариев</translation>
    </message>
    <message>
        <source>expected the post and its comments</source>
        <translation>ожидались пост и комментарии к нему</translation>
    </message>
    <message>
        <source>more comments</source>
        <translation>дополнительные комментарии</translation>
    </message>
    <message>
        <source>no comments in the answer</source>
        <translation>в ответе сервера нет комментариев</translation>
    </message>
    <message>
        <source>the answer to a reply</source>
        <translation>результат отправки ответа</translation>
    </message>
    <message>
        <source>expected a &quot;json&quot; object</source>
        <translation>ожидался объект «json»</translation>
    </message>
    <message>
        <source>it names no comment</source>
        <translation>в нём не указан комментарий</translation>
    </message>
</context>
<context>
    <name>ReplyService</name>
    <message>
        <source>The item is no longer stored.</source>
        <translation>Это упоминание больше не хранится.</translation>
    </message>
    <message>
        <source>%1 has no reply interface; answer on the page.</source>
        <translation>У %1 нет интерфейса для ответов; ответьте на странице.</translation>
    </message>
    <message>
        <source>No %1 account is connected; add one to answer from Earshot, or answer on the page.</source>
        <translation>Аккаунт %1 не подключён; добавьте его, чтобы отвечать из Earshot, или ответьте на странице.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Ответ пуст.</translation>
    </message>
    <message>
        <source>The reply has %1 characters; %2 accepts at most %3.</source>
        <translation>В ответе символов: %1; %2 принимает не больше %3.</translation>
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
        <source>Unknown status &quot;%1&quot;; use new, in-progress, waiting, answered or closed.</source>
        <translation>Неизвестный статус «%1»; используйте new, in-progress, waiting, answered или closed.</translation>
    </message>
    <message>
        <source>Priority must be a number, not &quot;%1&quot;.</source>
        <translation>Приоритет должен быть числом, а не «%1».</translation>
    </message>
    <message>
        <source>The tag action needs a tag name.</source>
        <translation>Для действия tag нужно название метки.</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>Этого правила больше нет.</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Убрать метку</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Установить статус</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation>Установить приоритет</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Уведомить</translation>
    </message>
    <message>
        <source>Set note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечено</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>mark as spam</source>
        <translation>пометить как спам</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>не спам</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Пометить как спам</translation>
    </message>
    <message>
        <source>Mark as not spam</source>
        <translation>Пометить как не спам</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SavedSearchService</name>
    <message>
        <source>The search needs a name.</source>
        <translation>У поиска должно быть название.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Запрос пуст.</translation>
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
        <source>Show the inbox as one column per platform</source>
        <translation>Показать входящие колонками по платформам</translation>
    </message>
    <message>
        <source>Status: new</source>
        <translation>Статус: новое</translation>
    </message>
    <message>
        <source>Status: in progress</source>
        <translation>Статус: в работе</translation>
    </message>
    <message>
        <source>Status: waiting</source>
        <translation>Статус: ожидание</translation>
    </message>
    <message>
        <source>Status: answered</source>
        <translation>Статус: отвечено</translation>
    </message>
    <message>
        <source>Status: closed</source>
        <translation>Статус: закрыто</translation>
    </message>
    <message>
        <source>Archive: close and go to the next item</source>
        <translation>В архив: закрыть и перейти к следующему упоминанию</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Assign to someone</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Написать заметку</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Undo the last triage action</source>
        <translation>Отменить последнее действие разбора</translation>
    </message>
    <message>
        <source>Save the search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Import a JSON Lines file</source>
        <translation>Импортировать файл JSON Lines</translation>
    </message>
    <message>
        <source>Fetch new items from every source now</source>
        <translation>Загрузить новое из всех источников сейчас</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Show the sites watched by hand</source>
        <translation>Показать сайты, которые проверяются вручную</translation>
    </message>
    <message>
        <source>Capture a mention by hand</source>
        <translation>Добавить упоминание вручную</translation>
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
    <name>Telegram</name>
    <message>
        <source>Telegram sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation>Telegram прислал данные (%1), которые Earshot не может прочитать (%2). Ничего не изменено; следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>нет результата</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>обновления</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <source>the sent message</source>
        <translation>отправленное сообщение</translation>
    </message>
    <message>
        <source>it is not a message</source>
        <translation>это не сообщение</translation>
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
    <name>VK</name>
    <message>
        <source>VK sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation>VK прислал данные (%1), которые Earshot не может прочитать (%2). Ничего не изменено; следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>neither a response nor an error</source>
        <translation>нет ни response, ни error</translation>
    </message>
    <message>
        <source>expected a list of items</source>
        <translation>ожидался список элементов</translation>
    </message>
    <message>
        <source>a wall</source>
        <translation>стена</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>результаты поиска</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a post</source>
        <translation>«%1» — не пост</translation>
    </message>
    <message>
        <source>the answer to a comment</source>
        <translation>результат отправки комментария</translation>
    </message>
    <message>
        <source>it names no comment</source>
        <translation>в нём не указан комментарий</translation>
    </message>
    <message>
        <source>VK said: %1 (error %2).</source>
        <translation>Сообщение VK: %1 (ошибка %2).</translation>
    </message>
    <message>
        <source>VK did not accept the access token. Add the account again with a new token.</source>
        <translation>VK не принял токен доступа. Добавьте аккаунт заново с новым токеном.</translation>
    </message>
    <message>
        <source>VK wants this account validated. Sign in on vk.com, then try again.</source>
        <translation>VK требует подтвердить этот аккаунт. Войдите на vk.com и попробуйте снова.</translation>
    </message>
    <message>
        <source>Too many requests per second to VK; Earshot waits and tries again.</source>
        <translation>Слишком много запросов к VK в секунду; Earshot подождёт и попробует снова.</translation>
    </message>
    <message>
        <source>VK&apos;s flood control stopped this: too many similar actions in a short time. Wait a few minutes.</source>
        <translation>Сработал флуд-контроль VK: слишком много похожих действий за короткое время. Подождите несколько минут.</translation>
    </message>
    <message>
        <source>The daily limit of this VK method is reached. Earshot tries again in an hour.</source>
        <translation>Исчерпан дневной лимит этого метода VK. Earshot попробует снова через час.</translation>
    </message>
    <message>
        <source>Too many replies to this post in a short time. Wait before answering again.</source>
        <translation>Слишком много ответов на этот пост за короткое время. Подождите, прежде чем отвечать снова.</translation>
    </message>
    <message>
        <source>VK denied access. The token may lack the &quot;wall&quot; permission or the wall is closed to this account.</source>
        <translation>VK отказал в доступе. Возможно, у токена нет права «wall» или стена закрыта для этого аккаунта.</translation>
    </message>
    <message>
        <source>VK denied access to the community: it is private or this account is not a member.</source>
        <translation>VK отказал в доступе к сообществу: оно закрытое или этот аккаунт в нём не состоит.</translation>
    </message>
    <message>
        <source>Comments on this post are closed or limited to members.</source>
        <translation>Комментарии к этому посту закрыты или доступны только участникам.</translation>
    </message>
    <message>
        <source>The VK page was deleted or banned.</source>
        <translation>Страница VK удалена или заблокирована.</translation>
    </message>
    <message>
        <source>The VK profile is private.</source>
        <translation>Профиль VK закрыт.</translation>
    </message>
    <message>
        <source>VK asks for a captcha. Open vk.com with this account, act once by hand, then try again.</source>
        <translation>VK требует ввести капчу. Откройте vk.com в этом аккаунте, выполните действие вручную и попробуйте снова.</translation>
    </message>
    <message>
        <source>VK failed on its side. This is usually temporary.</source>
        <translation>Сбой на стороне VK. Обычно это временно.</translation>
    </message>
    <message>
        <source>VK refused the request.</source>
        <translation>VK отклонил запрос.</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>&quot;%1&quot; is not a web address; give one starting with https://.</source>
        <translation>«%1» — не веб-адрес; укажите адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>Check a site at most once a minute; the interval is too short.</source>
        <translation>Интервал слишком короткий: проверять сайт можно не чаще раза в минуту.</translation>
    </message>
    <message>
        <source>There is no watched site %1.</source>
        <translation>Сайта %1 нет в списке наблюдения.</translation>
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
    <name>earshot::AccountConnectors</name>
    <message>
        <source>Earshot cannot connect to %1 accounts in this version.</source>
        <translation>Эта версия Earshot не умеет подключать аккаунты %1.</translation>
    </message>
    <message>
        <source>The account %1 has no token. Remove it and add it again.</source>
        <translation>У аккаунта %1 нет токена. Удалите его и добавьте заново.</translation>
    </message>
    <message>
        <source>The token of %1 could not be read: %2</source>
        <translation>Не удалось прочитать токен %1: %2</translation>
    </message>
</context>
<context>
    <name>earshot::AccountHealthText</name>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message numerus="yes">
        <source>Failing (%n time(s) in a row): %1</source>
        <translation>
            <numerusform>Сбой (%n раз подряд): %1</numerusform>
            <numerusform>Сбой (%n раза подряд): %1</numerusform>
            <numerusform>Сбой (%n раз подряд): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронизирован %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизирован</translation>
    </message>
    <message>
        <source>%1 account %2 at %3</source>
        <translation>Аккаунт %1 %2 на %3</translation>
    </message>
    <message>
        <source>Disabled: it is not synced and sends no replies until enabled again.</source>
        <translation>Отключён: не синхронизируется и не отправляет ответы, пока его снова не включат.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Ещё ни разу не синхронизирован.</translation>
    </message>
    <message>
        <source>Last attempt %1.</source>
        <translation>Последняя попытка: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>Не удалось %n раз подряд.</numerusform>
            <numerusform>Не удалось %n раза подряд.</numerusform>
            <numerusform>Не удалось %n раз подряд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message>
        <source>The platform asked to wait until %1.</source>
        <translation>Платформа попросила подождать до %1.</translation>
    </message>
    <message>
        <source>Warning: this account uses plain http; its token crosses the network unencrypted.</source>
        <translation>Внимание: этот аккаунт использует обычный http; его токен передаётся по сети без шифрования.</translation>
    </message>
</context>
<context>
    <name>earshot::AccountServices</name>
    <message>
        <source>Accounts cannot be synced: %1</source>
        <translation>Синхронизировать аккаунты невозможно: %1</translation>
    </message>
    <message>
        <source>The account cannot be stored: the database could not be opened. %1</source>
        <translation>Аккаунт невозможно сохранить: не удалось открыть базу данных. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Account sync failed. %1</source>
        <translation>Синхронизация аккаунтов не удалась. %1</translation>
    </message>
    <message>
        <source>Reply #%1 not sent: %2</source>
        <translation>Ответ №%1 не отправлен: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) sent.</source>
        <translation>
            <numerusform>Отправлен %n ответ.</numerusform>
            <numerusform>Отправлено %n ответа.</numerusform>
            <numerusform>Отправлено %n ответов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::AccountsAction</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Аккаунты…</translation>
    </message>
    <message>
        <source>Add, remove, switch and sync platform accounts and what they follow.</source>
        <translation>Добавление, удаление, включение и синхронизация аккаунтов платформ и их подписок.</translation>
    </message>
</context>
<context>
    <name>earshot::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Аккаунты:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>What the selected account follows</source>
        <translation>Подписки выбранного аккаунта</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Хештег</translation>
    </message>
    <message>
        <source>Latest posts (subreddit or VK wall)</source>
        <translation>Новые публикации (сабреддит или стена VK)</translation>
    </message>
    <message>
        <source>Category (forum)</source>
        <translation>Категория (форум)</translation>
    </message>
    <message>
        <source>Another account&apos;s posts</source>
        <translation>Публикации другого аккаунта</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>hashtag, subreddit, wall, category or words</source>
        <translation>хештег, сабреддит, стена, категория или слова</translation>
    </message>
    <message>
        <source>Add &amp;Follow</source>
        <translation>Добавить &amp;подписку</translation>
    </message>
    <message>
        <source>Remo&amp;ve Follow</source>
        <translation>Удалить подпис&amp;ку</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Не удалось прочитать аккаунты: %1</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(без пользователя)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No account yet: Add… connects one.</source>
        <translation>Аккаунтов пока нет: подключите аккаунт кнопкой «Добавить…».</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>The follows could not be read: %1</source>
        <translation>Не удалось прочитать подписки: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added %1; the next sync reads it.</source>
        <translation>Аккаунт %1 добавлен; он будет прочитан при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Remove the %1 account %2? Earshot stops syncing it and removes its token from the %3. Items already fetched stay in the inbox.</source>
        <translation>Удалить аккаунт %1 %2? Earshot перестанет его синхронизировать и удалит его токен (%3). Уже загруженные упоминания останутся во входящих.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Аккаунт не удалён: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Аккаунт %1 удалён.</translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation>Аккаунт %1 и его токен удалены.</translation>
    </message>
    <message>
        <source>Removed %1, but its token could not be removed: %2</source>
        <translation>Аккаунт %1 удалён, но его токен удалить не удалось: %2</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>Аккаунт не изменён: %1</translation>
    </message>
    <message>
        <source>%1 is enabled; the next sync reads it.</source>
        <translation>Аккаунт %1 включён; он будет прочитан при следующей синхронизации.</translation>
    </message>
    <message>
        <source>%1 is disabled: not synced until enabled again.</source>
        <translation>Аккаунт %1 отключён: он не будет синхронизироваться, пока его снова не включат.</translation>
    </message>
    <message>
        <source>Syncing the enabled accounts…</source>
        <translation>Синхронизация включённых аккаунтов…</translation>
    </message>
    <message>
        <source>No enabled account to sync.</source>
        <translation>Нет включённых аккаунтов для синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n new item(s).</source>
        <translation>
            <numerusform>Синхронизация завершена: %n новая запись.</numerusform>
            <numerusform>Синхронизация завершена: %n новые записи.</numerusform>
            <numerusform>Синхронизация завершена: %n новых записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed; the Health column says why.</source>
        <translation>
            <numerusform>%n аккаунт не синхронизирован; причина — в столбце «Состояние».</numerusform>
            <numerusform>%n аккаунта не синхронизированы; причина — в столбце «Состояние».</numerusform>
            <numerusform>%n аккаунтов не синхронизированы; причина — в столбце «Состояние».</numerusform>
        </translation>
    </message>
    <message>
        <source>Now following %1 %2; the next sync reads it.</source>
        <translation>Добавлена подписка %1 %2; она будет прочитана при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Already following %1 %2.</source>
        <translation>Подписка %1 %2 уже есть.</translation>
    </message>
    <message>
        <source>The follow was not removed: %1</source>
        <translation>Подписка не удалена: %1</translation>
    </message>
    <message>
        <source>No longer following %1 %2.</source>
        <translation>Подписка %1 %2 удалена.</translation>
    </message>
</context>
<context>
    <name>earshot::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Добавление аккаунта</translation>
    </message>
    <message>
        <source>Warning: this address uses plain http, so the token crosses the network unencrypted. Use https unless the server runs on your own machine.</source>
        <translation>Внимание: этот адрес использует обычный http, поэтому токен передаётся по сети без шифрования. Используйте https, если только сервер не работает на вашем компьютере.</translation>
    </message>
    <message>
        <source>Paste an access &amp;token</source>
        <translation>Вставить &amp;токен доступа</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Войти через &amp;браузер</translation>
    </message>
    <message>
        <source>Create an &quot;installed app&quot; at https://www.reddit.com/prefs/apps with the redirect uri http://127.0.0.1:65010/ and copy its client id here.</source>
        <translation>Создайте приложение типа «installed app» на https://www.reddit.com/prefs/apps с redirect uri http://127.0.0.1:65010/ и скопируйте сюда его ID клиента (client id).</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Платформа:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Токе&amp;н доступа:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>ID &amp;клиента:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>https://mastodon.example</source>
        <translation>https://mastodon.example</translation>
    </message>
    <message>
        <source>Choose a platform.</source>
        <translation>Выберите платформу.</translation>
    </message>
    <message>
        <source>Type the address of the %1 server, e.g. https://mastodon.social.</source>
        <translation>Введите адрес сервера %1, например https://mastodon.social.</translation>
    </message>
    <message>
        <source>Paste the access token the platform gave you.</source>
        <translation>Вставьте токен доступа, выданный платформой.</translation>
    </message>
    <message>
        <source>Reddit needs the client id of your installed app: create one at https://www.reddit.com/prefs/apps with the redirect uri http://127.0.0.1:65010/.</source>
        <translation>Reddit нужен ID клиента (client id) вашего приложения типа «installed app»: создайте его на https://www.reddit.com/prefs/apps с redirect uri http://127.0.0.1:65010/.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Начинается вход…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and allow Earshot; Cancel gives up. If no browser opened, visit:
%1</source>
        <translation>Ожидание браузера… Войдите там и разрешите доступ Earshot; «Отмена» прерывает вход. Если браузер не открылся, перейдите по адресу:
%1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation>Вход не завершён: %1</translation>
    </message>
    <message>
        <source>Storing the account…</source>
        <translation>Сохранение аккаунта…</translation>
    </message>
</context>
<context>
    <name>earshot::AddSourceDialog</name>
    <message>
        <source>the address is a feed</source>
        <translation>адрес сам является лентой</translation>
    </message>
    <message>
        <source>linked from the page</source>
        <translation>указана на странице</translation>
    </message>
    <message>
        <source>usual address for this site</source>
        <translation>обычный адрес для такого сайта</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Address of a page or a feed, e.g. https://forum.example.org/</source>
        <translation>Адрес страницы или ленты, например https://forum.example.org/</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>&amp;Найти ленты</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>Последние записи</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Название из самой ленты</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Add Source</source>
        <translation>&amp;Добавить источник</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Веб-адрес:</translation>
    </message>
    <message>
        <source>Feeds found:</source>
        <translation>Найденные ленты:</translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation>Ищем ленты по адресу %1…</translation>
    </message>
    <message>
        <source>No feed found at %1. The page links none and the usual feed addresses of forums and blogs did not answer with one. If you know the feed&apos;s address, type that instead.</source>
        <translation>По адресу %1 лента не найдена: страница не ссылается ни на одну, а обычные адреса лент форумов и блогов её не отдали. Если вы знаете адрес ленты, введите его.</translation>
    </message>
    <message>
        <source>(untitled feed)</source>
        <translation>(лента без названия)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Found %n feed(s). Pick one to add.</source>
        <translation>
            <numerusform>Найдена %n лента. Выберите, какую добавить.</numerusform>
            <numerusform>Найдено %n ленты. Выберите, какую добавить.</numerusform>
            <numerusform>Найдено %n лент. Выберите, какую добавить.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>The feed has no entries yet.</source>
        <translation>В ленте пока нет записей.</translation>
    </message>
    <message>
        <source>Could not add the source: %1</source>
        <translation>Не удалось добавить источник: %1</translation>
    </message>
    <message>
        <source>%1 is already a source.</source>
        <translation>%1 уже есть среди источников.</translation>
    </message>
    <message>
        <source>Pick a group or type a new one; leave empty for none</source>
        <translation>Выберите группу или введите новую; пусто — без группы</translation>
    </message>
</context>
<context>
    <name>earshot::AnswerEditor</name>
    <message>
        <source>problem/billing</source>
        <translation>problem/billing</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Снят с использования</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>words that suggest it, separated by commas</source>
        <translation>слова, по которым его предлагать, через запятую</translation>
    </message>
    <message>
        <source>Default text. Placeholders: {author} {platform} {link} {title}</source>
        <translation>Основной текст. Подстановки: {author} {platform} {link} {title}</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Макс. длина</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Add platform variant</source>
        <translation>Добавить вариант для платформы</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Problem tag</source>
        <translation>Метка проблемы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
</context>
<context>
    <name>earshot::AnswersWindow</name>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>снят с использования</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Official Answers</source>
        <translation>Официальные ответы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использований</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation>Импорт ответов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Answers</source>
        <translation>Экспорт ответов</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>История версий</translation>
    </message>
    <message>
        <source>Version %1, %2 by %3: %4</source>
        <translation>Версия %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Сохранена версия %1.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Импортировано: новых — %1, обновлено — %2, без изменений — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first at line %1: %2</source>
        <translation>
            <numerusform>Пропущена %n строка, первая — строка %1: %2</numerusform>
            <numerusform>Пропущены %n строки, первая — строка %1: %2</numerusform>
            <numerusform>Пропущено %n строк, первая — строка %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
</context>
<context>
    <name>earshot::BrowserAuthorization</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer came back from the browser within %1; nothing was stored. Start the sign-in again and finish it in the browser.</source>
        <translation>Браузер не вернул ответ за %1; ничего не сохранено. Начните вход заново и завершите его в браузере.</translation>
    </message>
    <message>
        <source>Earshot could not listen on 127.0.0.1:%1 for the browser&apos;s answer; another program may use that port.</source>
        <translation>Earshot не удалось ожидать ответа браузера на 127.0.0.1:%1; возможно, этот порт занят другой программой.</translation>
    </message>
    <message>
        <source>Earshot could not listen on 127.0.0.1 for the browser&apos;s answer. Check that the loopback network interface is up.</source>
        <translation>Earshot не удалось ожидать ответа браузера на 127.0.0.1. Проверьте, что петлевой сетевой интерфейс (loopback) включён.</translation>
    </message>
    <message>
        <source>The answer that came back from the browser does not belong to this sign-in (its state does not match), so Earshot refused it and stored nothing. Start the sign-in again.</source>
        <translation>Ответ, полученный от браузера, не относится к этому входу (не совпадает параметр state), поэтому Earshot отклонил его и ничего не сохранил. Начните вход заново.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (access denied); nothing was stored.</source>
        <translation>Вход отклонён в браузере (доступ запрещён); ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 did not authorize Earshot: %2. Nothing was stored.</source>
        <translation>%1 не авторизовал Earshot: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 sent the browser back without an authorization code; nothing was stored.</source>
        <translation>%1 вернул браузер без кода авторизации; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Earshot received the sign-in. You can close this page.</source>
        <translation>Earshot получил данные для входа. Эту страницу можно закрыть.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1 You can close this page.</source>
        <translation>Вход не завершён: %1 Эту страницу можно закрыть.</translation>
    </message>
</context>
<context>
    <name>earshot::CaptureDialog</name>
    <message>
        <source>Quick Capture</source>
        <translation>Быстрое добавление</translation>
    </message>
    <message>
        <source>link to the post, https://…</source>
        <translation>ссылка на пост, https://…</translation>
    </message>
    <message>
        <source>name or handle as shown on the page</source>
        <translation>имя или ник, как на странице</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>paste the text of the post</source>
        <translation>вставьте текст поста</translation>
    </message>
    <message>
        <source>&amp;Written at:</source>
        <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Платформа:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Give the link to the post.</source>
        <translation>Укажите ссылку на пост.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; give the link of the post, starting with https://.</source>
        <translation>«%1» — не веб-адрес; укажите ссылку на пост, начинающуюся с https://.</translation>
    </message>
    <message>
        <source>Say which platform the post is on.</source>
        <translation>Укажите, на какой платформе опубликован пост.</translation>
    </message>
    <message>
        <source>Say who wrote the post.</source>
        <translation>Укажите автора поста.</translation>
    </message>
    <message>
        <source>Paste the text of the post (or give it a title).</source>
        <translation>Вставьте текст поста (или укажите заголовок).</translation>
    </message>
    <message>
        <source>The post cannot have been written in the future.</source>
        <translation>Пост не может быть опубликован в будущем.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Could not capture the post: %1</source>
        <translation>Не удалось добавить пост: %1</translation>
    </message>
</context>
<context>
    <name>earshot::DiscourseConnector</name>
    <message>
        <source>The forum said: %1</source>
        <translation>Сообщение форума: %1</translation>
    </message>
    <message>
        <source>Discourse has no such timeline.</source>
        <translation>В Discourse нет такой ленты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discourse topic or post.</source>
        <translation>«%1» — не тема и не пост Discourse.</translation>
    </message>
    <message>
        <source>The forum did not say which topic post %1 is in.</source>
        <translation>Форум не сообщил, в какой теме находится пост %1.</translation>
    </message>
</context>
<context>
    <name>earshot::EditSourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Название из самой ленты</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Known from imported items only, so it is not fetched. To follow it, add its address with Add Source.</source>
        <translation>Известен только по импортированным записям, поэтому не загружается. Чтобы следить за ним, добавьте его адрес через «Добавить источник».</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Fetch new items from this source</source>
        <translation>&amp;Загружать новые записи из этого источника</translation>
    </message>
    <message>
        <source>Off keeps the source and its items but stops fetching it</source>
        <translation>Если выключить, источник и его записи останутся, но загрузка прекратится</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Каждые:</translation>
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
    <name>earshot::LengthCounter</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Columns by Platform</source>
        <translation>&amp;Колонки по платформам</translation>
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
    <message>
        <source>Manage &amp;Account…</source>
        <translation>Управление &amp;аккаунтом…</translation>
    </message>
</context>
<context>
    <name>earshot::MastodonConnector</name>
    <message>
        <source>The server said: %1</source>
        <translation>Сообщение сервера: %1</translation>
    </message>
    <message>
        <source>Mastodon has no such timeline.</source>
        <translation>В Mastodon нет такой ленты.</translation>
    </message>
</context>
<context>
    <name>earshot::MastodonSignIn</name>
    <message>
        <source>%1 does not look like a Mastodon instance: it has no app registration (HTTP 404 for /api/v1/apps). Check the address.</source>
        <translation>%1 не похож на сервер Mastodon: на нём нет регистрации приложений (HTTP 404 для /api/v1/apps). Проверьте адрес.</translation>
    </message>
    <message>
        <source>Earshot could not register itself with %1 for the sign-in: %2</source>
        <translation>Earshot не удалось зарегистрироваться на %1 для входа: %2</translation>
    </message>
    <message>
        <source>%1 answered the app registration without a client id and secret; it may not be a Mastodon instance.</source>
        <translation>%1 ответил на регистрацию приложения без client id и secret; возможно, это не сервер Mastodon.</translation>
    </message>
    <message>
        <source>%1 gave a token but could not say whose it is: %2 Nothing was stored.</source>
        <translation>%1 выдал токен, но не смог сообщить, чей он: %2 Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 did not say which account the token belongs to (no username in verify_credentials). Nothing was stored.</source>
        <translation>%1 не сообщил, какому аккаунту принадлежит токен (нет username в verify_credentials). Ничего не сохранено.</translation>
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
        <source>Nothing was sent: Earshot could not check whether the earlier attempt reached the platform. %1</source>
        <translation>Ничего не отправлено: Earshot не смог проверить, дошла ли предыдущая попытка до платформы. %1</translation>
    </message>
    <message>
        <source>The reply may have reached the server; retrying sends the same idempotency key, so it cannot be posted twice.</source>
        <translation>Ответ мог дойти до сервера; повторная попытка отправит тот же ключ идемпотентности, поэтому дважды он не опубликуется.</translation>
    </message>
</context>
<context>
    <name>earshot::OutboxSender</name>
    <message>
        <source>There is no reply #%1 in the outbox.</source>
        <translation>В исходящих нет ответа №%1.</translation>
    </message>
    <message>
        <source>The account of reply #%1 was removed; the reply stays in the outbox.</source>
        <translation>Аккаунт ответа №%1 удалён; ответ остаётся в исходящих.</translation>
    </message>
</context>
<context>
    <name>earshot::PlatformColumns</name>
    <message>
        <source>No platform has items yet.</source>
        <translation>Пока нет записей ни на одной платформе.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unread</source>
        <translation>
            <numerusform>%1 · %n непрочитанная</numerusform>
            <numerusform>%1 · %n непрочитанные</numerusform>
            <numerusform>%1 · %n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::PlatformField</name>
    <message>
        <source>platform, e.g. reviews</source>
        <translation>платформа, например reviews</translation>
    </message>
</context>
<context>
    <name>earshot::QuickReplyBox</name>
    <message>
        <source>Write a reply…</source>
        <translation>Напишите ответ…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Queue the reply in the outbox; it is sent at once when online</source>
        <translation>Поставить ответ в очередь исходящих; он будет отправлен сразу при подключении к сети</translation>
    </message>
    <message>
        <source>Composer…</source>
        <translation>Редактор…</translation>
    </message>
    <message>
        <source>Open the full composer with official answers and spell-check</source>
        <translation>Открыть полный редактор ответа с официальными ответами и проверкой орфографии</translation>
    </message>
    <message>
        <source>Replying as %1</source>
        <translation>Ответ от имени %1</translation>
    </message>
    <message>
        <source>Reply queued in the outbox.</source>
        <translation>Ответ поставлен в очередь исходящих.</translation>
    </message>
    <message>
        <source>The reply was not queued: %1</source>
        <translation>Ответ не поставлен в очередь: %1</translation>
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
    <name>earshot::RedditConnector</name>
    <message>
        <source>Reddit&apos;s request budget for this account is spent until %1; nothing was sent.</source>
        <translation>Лимит запросов Reddit для этого аккаунта исчерпан до %1; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Reddit said: %1</source>
        <translation>Сообщение Reddit: %1</translation>
    </message>
    <message>
        <source>Reddit has no such timeline.</source>
        <translation>На Reddit нет такой ленты.</translation>
    </message>
    <message>
        <source>Reddit did not say which account the token belongs to.</source>
        <translation>Reddit не сообщил, какому аккаунту принадлежит токен.</translation>
    </message>
    <message>
        <source>Earshot could not check whether the reply is already on Reddit.</source>
        <translation>Earshot не смог проверить, опубликован ли уже ответ на Reddit.</translation>
    </message>
    <message>
        <source>Reddit refused the reply: %1 (%2).</source>
        <translation>Reddit отклонил ответ: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>earshot::RedditSignIn</name>
    <message>
        <source>Reddit did not say which account the token belongs to. Nothing was stored.</source>
        <translation>Reddit не сообщил, какому аккаунту принадлежит токен. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Reddit gave a token but could not say whose it is: %1 Nothing was stored.</source>
        <translation>Reddit выдал токен, но не смог сообщить, чей он: %1 Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>earshot::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Загрузка беседы…</translation>
    </message>
    <message>
        <source>Approved answers that fit this item; choose one to start from it</source>
        <translation>Одобренные ответы, подходящие к этому упоминанию; выберите один, чтобы начать с него</translation>
    </message>
    <message>
        <source>Suggested answers</source>
        <translation>Предлагаемые ответы</translation>
    </message>
    <message>
        <source>Write the reply…</source>
        <translation>Напишите ответ…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Редактор</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Put the reply in the outbox; it is posted from there (Ctrl+Return)</source>
        <translation>Поместить ответ в исходящие; оттуда он будет опубликован (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Answer &amp;manually</source>
        <translation>Ответить &amp;вручную</translation>
    </message>
    <message>
        <source>Copy the reply, open the page to post it there, and mark the item answered</source>
        <translation>Скопировать ответ, открыть страницу, чтобы опубликовать его там, и отметить упоминание как отвеченное</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Ответ для %1</translation>
    </message>
    <message>
        <source>Replying on %1 as %2</source>
        <translation>Платформа: %1, аккаунт: %2</translation>
    </message>
    <message>
        <source>No approved answer fits this item.</source>
        <translation>Нет одобренных ответов, подходящих к этому упоминанию.</translation>
    </message>
    <message>
        <source>Fill in by hand: %1</source>
        <translation>Заполните вручную: %1</translation>
    </message>
    <message>
        <source>The reply is in the outbox.</source>
        <translation>Ответ помещён в исходящие.</translation>
    </message>
    <message>
        <source>The reply is on the clipboard; paste it on the page. The item is answered.</source>
        <translation>Ответ скопирован в буфер обмена; вставьте его на странице. Упоминание отмечено как отвеченное.</translation>
    </message>
</context>
<context>
    <name>earshot::ReplyEditor</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Нет вариантов исправления</translation>
    </message>
</context>
<context>
    <name>earshot::RuleActionsEditor</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Добавить действие</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Удалить это действие</translation>
    </message>
    <message>
        <source>a number, higher is more urgent</source>
        <translation>число; чем больше, тем срочнее</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
</context>
<context>
    <name>earshot::RuleEditor</name>
    <message>
        <source>Edit Rule</source>
        <translation>Изменить правило</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>e.g. platform:vk (refund OR billing) -tag:done</source>
        <translation>например, platform:vk (refund OR billing) -tag:done</translation>
    </message>
    <message>
        <source>Which items the rule acts on, in the search language; empty matches every item.</source>
        <translation>К каким упоминаниям применяется правило, на языке поиска; пустое условие подходит для всех упоминаний.</translation>
    </message>
    <message>
        <source>optional regular expression</source>
        <translation>необязательное регулярное выражение</translation>
    </message>
    <message>
        <source>Also require this regular expression (any case) in the title or text.</source>
        <translation>Дополнительно требовать совпадения с этим регулярным выражением (без учёта регистра) в заголовке или тексте.</translation>
    </message>
    <message>
        <source>&amp;Stop here: later rules leave the items this rule matches alone</source>
        <translation>&amp;Остановиться: следующие правила не трогают упоминания, подходящие под это правило</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включено</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <source>&amp;Text pattern:</source>
        <translation>&amp;Шаблон текста:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Действия:</translation>
    </message>
    <message>
        <source>Not valid at %1.</source>
        <translation>Ошибка в позиции %1.</translation>
    </message>
</context>
<context>
    <name>earshot::RuleNotifier</name>
    <message>
        <source>A rule matched</source>
        <translation>Сработало правило</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s)</source>
        <translation>
            <numerusform>Ещё %n уведомление</numerusform>
            <numerusform>Ещё %n уведомления</numerusform>
            <numerusform>Ещё %n уведомлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rules matched %n more item(s); filter the inbox to see them.</source>
        <translation>
            <numerusform>Правила сработали ещё на %n упоминании; отфильтруйте входящие, чтобы увидеть их.</numerusform>
            <numerusform>Правила сработали ещё на %n упоминаниях; отфильтруйте входящие, чтобы увидеть их.</numerusform>
            <numerusform>Правила сработали ещё на %n упоминаниях; отфильтруйте входящие, чтобы увидеть их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::RulesAction</name>
    <message>
        <source>R&amp;ules…</source>
        <translation>&amp;Правила…</translation>
    </message>
    <message>
        <source>List, order, switch and apply the rules that triage items as they arrive.</source>
        <translation>Просмотр, порядок, включение и применение правил, которые разбирают упоминания по мере поступления.</translation>
    </message>
</context>
<context>
    <name>earshot::RulesDialog</name>
    <message>
        <source>every item</source>
        <translation>все упоминания</translation>
    </message>
    <message>
        <source>%1, text matches /%2/</source>
        <translation>%1, текст совпадает с /%2/</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Изменит</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Пробный запуск</translation>
    </message>
    <message>
        <source>A&amp;pply to All Items…</source>
        <translation>При&amp;менить ко всем…</translation>
    </message>
    <message>
        <source>Count the items each rule would change, changing nothing.</source>
        <translation>Подсчитать, сколько упоминаний изменит каждое правило, ничего не меняя.</translation>
    </message>
    <message>
        <source>Run the rules that are on over every item in the cache.</source>
        <translation>Применить включённые правила ко всем сохранённым упоминаниям.</translation>
    </message>
    <message>
        <source>On: the rule runs</source>
        <translation>Включено: правило работает</translation>
    </message>
    <message>
        <source>Off: the rule is skipped</source>
        <translation>Отключено: правило пропускается</translation>
    </message>
    <message>
        <source>stop here</source>
        <translation>остановиться</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>В&amp;ключить</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;? Items it changed keep their changes.</source>
        <translation>Удалить правило «%1»? Внесённые им изменения в упоминаниях сохранятся.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Counting what the rules would change…</source>
        <translation>Подсчёт изменений, которые внесут правила…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n упоминание</numerusform>
            <numerusform>%n упоминания</numerusform>
            <numerusform>%n упоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches %n item(s)</source>
        <translation>
            <numerusform>Подходит %n упоминание</numerusform>
            <numerusform>Подходят %n упоминания</numerusform>
            <numerusform>Подходят %n упоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>откл.</translation>
    </message>
    <message>
        <source>No rule is on.</source>
        <translation>Нет включённых правил.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n item(s) would change in all (an item several rules change counts once). Nothing was changed.</source>
        <translation>
            <numerusform>Пробный запуск: всего изменится %n упоминание (упоминание, которое меняют несколько правил, считается один раз). Ничего не изменено.</numerusform>
            <numerusform>Пробный запуск: всего изменятся %n упоминания (упоминание, которое меняют несколько правил, считается один раз). Ничего не изменено.</numerusform>
            <numerusform>Пробный запуск: всего изменятся %n упоминаний (упоминание, которое меняют несколько правил, считается один раз). Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in all.</source>
        <translation>
            <numerusform>Всего изменено %n упоминание.</numerusform>
            <numerusform>Всего изменено %n упоминания.</numerusform>
            <numerusform>Всего изменено %n упоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules would change no item: nothing to apply.</source>
        <translation>Правила не изменят ни одного упоминания: применять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Apply the rules that are on to every item? %n item(s) will change.</source>
        <translation>
            <numerusform>Применить включённые правила ко всем упоминаниям? Изменится %n упоминание.</numerusform>
            <numerusform>Применить включённые правила ко всем упоминаниям? Изменятся %n упоминания.</numerusform>
            <numerusform>Применить включённые правила ко всем упоминаниям? Изменятся %n упоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Triage &gt; Undo takes the whole run back.</source>
        <translation>Разбор &gt; Отменить откатит весь запуск целиком.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>Ничего не применено.</translation>
    </message>
    <message>
        <source>Applying the rules…</source>
        <translation>Применение правил…</translation>
    </message>
    <message numerus="yes">
        <source>The rules changed %n item(s).</source>
        <translation>
            <numerusform>Правила изменили %n упоминание.</numerusform>
            <numerusform>Правила изменили %n упоминания.</numerusform>
            <numerusform>Правила изменили %n упоминаний.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::SavedSearchSaver</name>
    <message>
        <source>Save the &amp;Search…</source>
        <translation>Сохранить &amp;поиск…</translation>
    </message>
    <message>
        <source>Type a search to save first.</source>
        <translation>Сначала введите поисковый запрос.</translation>
    </message>
    <message>
        <source>This query does not parse: %1</source>
        <translation>Не удалось разобрать запрос: %1</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранение поиска</translation>
    </message>
    <message>
        <source>Name of the search “%1”:</source>
        <translation>Название для поиска «%1»:</translation>
    </message>
    <message>
        <source>Could not save the search: %1</source>
        <translation>Не удалось сохранить поиск: %1</translation>
    </message>
    <message>
        <source>Saved the search “%1”.</source>
        <translation>Поиск «%1» сохранён.</translation>
    </message>
</context>
<context>
    <name>earshot::SearchBar</name>
    <message>
        <source>Search (/)</source>
        <translation>Поиск (/)</translation>
    </message>
    <message>
        <source>Words match all their forms. Use &quot;quotes&quot; for a phrase, -word to exclude, OR for either, and fields such as tag:problem status:new is:unread platform:vk after:7d.</source>
        <translation>Слова ищутся во всех формах. &quot;Кавычки&quot; — фраза целиком, -слово — исключить, OR — любое из двух; также есть поля, например tag:problem status:new is:unread platform:vk after:7d.</translation>
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
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save this search in the sidebar (Ctrl+Shift+S)</source>
        <translation>Сохранить этот поиск на боковой панели (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Query not run, %1.</source>
        <translation>Запрос не выполнен: %1.</translation>
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
        <source>Saved Searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
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
    <message>
        <source>Fetching now…</source>
        <translation>Сейчас загружается…</translation>
    </message>
    <message>
        <source>Last fetch failed: %1</source>
        <translation>Последняя загрузка не удалась: %1</translation>
    </message>
</context>
<context>
    <name>earshot::SourceActions</name>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Списки подписок OPML (*.opml *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation>&amp;Добавить источник…</translation>
    </message>
    <message>
        <source>Import &amp;OPML…</source>
        <translation>Импорт &amp;OPML…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>Э&amp;кспорт OPML…</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Импорт OPML</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Экспорт OPML</translation>
    </message>
    <message>
        <source>Added %1; fetching it now.</source>
        <translation>Добавлен %1; загружаем.</translation>
    </message>
    <message>
        <source>OPML import failed: %1</source>
        <translation>Импорт OPML не удался: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added</source>
        <translation>
            <numerusform>добавлен %n источник</numerusform>
            <numerusform>добавлено %n источника</numerusform>
            <numerusform>добавлено %n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже был</numerusform>
            <numerusform>%n уже были</numerusform>
            <numerusform>%n уже были</numerusform>
        </translation>
    </message>
    <message>
        <source>Earshot sources</source>
        <translation>Источники Earshot</translation>
    </message>
    <message>
        <source>OPML export failed: %1</source>
        <translation>Экспорт OPML не удался: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n источник записан в %1</numerusform>
            <numerusform>%n источника записаны в %1</numerusform>
            <numerusform>%n источников записаны в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync This Source</source>
        <translation>&amp;Обновить этот источник</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>&amp;Изменить источник…</translation>
    </message>
    <message>
        <source>&amp;Remove Source…</source>
        <translation>&amp;Удалить источник…</translation>
    </message>
    <message>
        <source>A sync is running; try again when it is done.</source>
        <translation>Идёт синхронизация; повторите, когда она закончится.</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>Не удалось изменить %1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 больше нет.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and the %n item(s) stored from it? Their tags, notes and history go with them. To keep them, edit the source and turn fetching off instead.</source>
        <translation>
            <numerusform>Удалить %1 и %n сохранённую из него запись? Её теги, заметки и история тоже удалятся. Чтобы сохранить их, измените источник и выключите загрузку.</numerusform>
            <numerusform>Удалить %1 и %n сохранённые из него записи? Их теги, заметки и история тоже удалятся. Чтобы сохранить их, измените источник и выключите загрузку.</numerusform>
            <numerusform>Удалить %1 и %n сохранённых из него записей? Их теги, заметки и история тоже удалятся. Чтобы сохранить их, измените источник и выключите загрузку.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Не удалось удалить %1: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 удалён.</translation>
    </message>
</context>
<context>
    <name>earshot::SourceManager</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the address of a page or a feed, such as https://example.org/.</source>
        <translation>«%1» — не веб-адрес. Введите адрес страницы или ленты, например https://example.org/.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable OPML list: %2</source>
        <translation>%1 — не подходящий список OPML: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>earshot::SyncController</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Fetch new items from every feed source now</source>
        <translation>Загрузить новые записи из всех лент сейчас</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Sources</source>
        <translation>&amp;Повторить неудачные источники</translation>
    </message>
    <message>
        <source>Fetch again only the sources whose last fetch failed</source>
        <translation>Снова загрузить только источники, чья последняя загрузка не удалась</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Остановить синхронизацию</translation>
    </message>
</context>
<context>
    <name>earshot::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this sync; what was already fetched is kept</source>
        <translation>Остановить синхронизацию; уже загруженное сохранится</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Повторить неудачные</translation>
    </message>
    <message>
        <source>Fetch again only the sources that failed</source>
        <translation>Снова загрузить только неудачные источники</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>%1/%2 sources</source>
        <translation>%1/%2 источников</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n new item(s)</source>
        <translation>
            <numerusform>Синхронизация: %n новая запись</numerusform>
            <numerusform>Синхронизация: %n новые записи</numerusform>
            <numerusform>Синхронизация: %n новых записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled: %n new item(s)</source>
        <translation>
            <numerusform>Синхронизация остановлена: %n новая запись</numerusform>
            <numerusform>Синхронизация остановлена: %n новые записи</numerusform>
            <numerusform>Синхронизация остановлена: %n новых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n new item(s)</source>
        <translation>
            <numerusform>Синхронизировано: %n новая запись</numerusform>
            <numerusform>Синхронизировано: %n новые записи</numerusform>
            <numerusform>Синхронизировано: %n новых записей</numerusform>
        </translation>
    </message>
    <message>
        <source>No feed sources to sync</source>
        <translation>Нет лент для синхронизации</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>%n источник с ошибкой</numerusform>
            <numerusform>%n источника с ошибкой</numerusform>
            <numerusform>%n источников с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>Hover over the red sources in the sidebar to see why.</source>
        <translation>Наведите указатель на красные источники слева, чтобы увидеть причину.</translation>
    </message>
</context>
<context>
    <name>earshot::TagPicker</name>
    <message>
        <source>Add a Tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Tag, e.g. problem/billing</source>
        <translation>Метка, например problem/billing</translation>
    </message>
</context>
<context>
    <name>earshot::TelegramConnector</name>
    <message>
        <source>Telegram said: %1</source>
        <translation>Сообщение Telegram: %1</translation>
    </message>
    <message>
        <source>Telegram could not be reached (%1). Check the connection; the next sync tries again.</source>
        <translation>Не удалось связаться с Telegram (%1). Проверьте подключение; следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Copy it again from @BotFather and add the account again.</source>
        <translation>Telegram не принял токен бота. Скопируйте его заново у @BotFather и добавьте аккаунт ещё раз.</translation>
    </message>
    <message>
        <source>The bot may not do this: it was removed from the chat or lacks the rights.</source>
        <translation>Боту это не разрешено: его удалили из чата или у него нет нужных прав.</translation>
    </message>
    <message>
        <source>Another program reads this bot&apos;s updates (a webhook or a second getUpdates). Only one reader is possible; stop the other one.</source>
        <translation>Обновления этого бота читает другая программа (webhook или второй getUpdates). Читать их может только одна программа; остановите другую.</translation>
    </message>
    <message>
        <source>Telegram asked Earshot to slow down.</source>
        <translation>Telegram просит Earshot обращаться реже.</translation>
    </message>
    <message>
        <source>Telegram refused the request.</source>
        <translation>Telegram отклонил запрос.</translation>
    </message>
    <message>
        <source>Telegram failed on its side (HTTP %1). This is usually temporary.</source>
        <translation>Сбой на стороне Telegram (HTTP %1). Обычно это временно.</translation>
    </message>
    <message>
        <source>Telegram answered with HTTP %1.</source>
        <translation>Telegram ответил кодом HTTP %1.</translation>
    </message>
    <message>
        <source>A Telegram bot only receives new messages; it cannot read threads, searches or history.</source>
        <translation>Бот Telegram получает только новые сообщения; читать ветки, результаты поиска и историю он не может.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Telegram message.</source>
        <translation>«%1» — не сообщение Telegram.</translation>
    </message>
    <message>
        <source>An earlier attempt of this reply may already be in the chat, and a bot cannot read the chat to check. Look in the chat; if the reply is missing, send it again as a new reply.</source>
        <translation>Предыдущая попытка отправить этот ответ, возможно, уже дошла до чата, а бот не может прочитать чат, чтобы это проверить. Посмотрите в чате; если ответа там нет, отправьте его снова как новый ответ.</translation>
    </message>
    <message>
        <source>The reply may have been sent: the connection was lost before Telegram confirmed it. A bot cannot read the chat to check, so Earshot will not send it again. Look in the chat; if the reply is missing, send it as a new reply.</source>
        <translation>Ответ, возможно, отправлен: соединение прервалось до того, как Telegram его подтвердил. Бот не может прочитать чат, чтобы это проверить, поэтому Earshot не будет отправлять ответ повторно. Посмотрите в чате; если ответа там нет, отправьте его как новый ответ.</translation>
    </message>
    <message>
        <source>An earlier attempt may already be in the chat, and a Telegram bot cannot read the chat to check. Look in the chat; if the reply is missing, send it again as a new reply.</source>
        <translation>Предыдущая попытка, возможно, уже дошла до чата, а бот Telegram не может прочитать чат, чтобы это проверить. Посмотрите в чате; если ответа там нет, отправьте его снова как новый ответ.</translation>
    </message>
</context>
<context>
    <name>earshot::TokenRefresher</name>
    <message>
        <source>The account&apos;s sign-in is no longer valid; sign in to it again.</source>
        <translation>Вход в аккаунт больше не действителен; войдите в него снова.</translation>
    </message>
</context>
<context>
    <name>earshot::TriageController</name>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Разбор</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Official &amp;Answers…</source>
        <translation>Официальные &amp;ответы…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечено</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message numerus="yes">
        <source>Status %1 on %n item(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Статус «%1» у %n записи. Ctrl+Z отменит.</numerusform>
            <numerusform>Статус «%1» у %n записей. Ctrl+Z отменит.</numerusform>
            <numerusform>Статус «%1» у %n записей. Ctrl+Z отменит.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 on %n item(s).</source>
        <translation>
            <numerusform>Тег %1 у %n записи.</numerusform>
            <numerusform>Тег %1 у %n записей.</numerusform>
            <numerusform>Тег %1 у %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %n item(s).</source>
        <translation>
            <numerusform>Снято назначение с %n записи.</numerusform>
            <numerusform>Снято назначение с %n записей.</numerusform>
            <numerusform>Снято назначение с %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n item(s) to %1.</source>
        <translation>
            <numerusform>%n запись назначена: %1.</numerusform>
            <numerusform>%n записи назначены: %1.</numerusform>
            <numerusform>%n записей назначено: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note saved on %n item(s).</source>
        <translation>
            <numerusform>Заметка сохранена у %n записи.</numerusform>
            <numerusform>Заметка сохранена у %n записей.</numerusform>
            <numerusform>Заметка сохранена у %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n item(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n упоминание перемещено в архив. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n упоминания перемещены в архив. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n упоминаний перемещено в архив. Отменить: Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Не удалось отменить: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n change(s).</source>
        <translation>
            <numerusform>Отменено: %n изменение.</numerusform>
            <numerusform>Отменено: %n изменения.</numerusform>
            <numerusform>Отменено: %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Assign to (empty to unassign):</source>
        <translation>Ответственный (оставьте пустым, чтобы снять назначение):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message numerus="yes">
        <source>Note on %n item(s):</source>
        <translation>
            <numerusform>Заметка к %n упоминанию:</numerusform>
            <numerusform>Заметка к %n упоминаниям:</numerusform>
            <numerusform>Заметка к %n упоминаниям:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::VkConnector</name>
    <message>
        <source>VK asked Earshot to slow down; nothing is sent until %1.</source>
        <translation>VK просит Earshot обращаться реже; до %1 ничего не отправляется.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VK post; write it as &lt;owner&gt;_&lt;post&gt;, e.g. -1_123.</source>
        <translation>«%1» — не пост VK; укажите его в виде &lt;владелец&gt;_&lt;пост&gt;, например -1_123.</translation>
    </message>
    <message>
        <source>VK has no such timeline.</source>
        <translation>В VK нет такой ленты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VK post or comment.</source>
        <translation>«%1» — не пост и не комментарий VK.</translation>
    </message>
    <message>
        <source>Earshot could not check whether the reply is already on VK.</source>
        <translation>Earshot не смог проверить, опубликован ли уже ответ в VK.</translation>
    </message>
</context>
<context>
    <name>earshot::WatchActions</name>
    <message>
        <source>&amp;Watch List…</source>
        <translation>&amp;Список наблюдения…</translation>
    </message>
    <message>
        <source>Quick &amp;Capture…</source>
        <translation>&amp;Быстрое добавление…</translation>
    </message>
    <message>
        <source>The captured mention is in the inbox.</source>
        <translation>Добавленное упоминание находится во входящих.</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Наблюдение</translation>
    </message>
    <message numerus="yes">
        <source>%n watched site(s) due</source>
        <translation>
            <numerusform>%n сайт пора проверить</numerusform>
            <numerusform>%n сайта пора проверить</numerusform>
            <numerusform>%n сайтов пора проверить</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the watch list</source>
        <translation>Открыть список наблюдения</translation>
    </message>
    <message numerus="yes">
        <source>%n watched site(s) due for a look.</source>
        <translation>
            <numerusform>%n сайт из списка наблюдения пора проверить.</numerusform>
            <numerusform>%n сайта из списка наблюдения пора проверить.</numerusform>
            <numerusform>%n сайтов из списка наблюдения пора проверить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::WatchListDialog</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch List</source>
        <translation>Список наблюдения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the page in the web browser and record it as checked</source>
        <translation>Открыть страницу в браузере и отметить её как проверенную</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>Добавить у&amp;поминание…</translation>
    </message>
    <message>
        <source>Store a mention found on this page</source>
        <translation>Сохранить упоминание, найденное на этой странице</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Remove Watched Site</source>
        <translation>Удаление сайта из списка наблюдения</translation>
    </message>
    <message>
        <source>Stop watching %1? Mentions captured from it stay in the inbox.</source>
        <translation>Перестать наблюдать за %1? Добавленные с него упоминания останутся во входящих.</translation>
    </message>
    <message>
        <source>Could not read the watch list: %1</source>
        <translation>Не удалось прочитать список наблюдения: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>No sites are watched yet. Add the pages you look at by hand: review sites, marketplaces, closed forums.</source>
        <translation>Пока ни один сайт не в списке наблюдения. Добавьте страницы, которые вы просматриваете вручную: сайты отзывов, маркетплейсы, закрытые форумы.</translation>
    </message>
    <message>
        <source>Nothing is due now.</source>
        <translation>Сейчас проверять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) due for a look.</source>
        <translation>
            <numerusform>%n сайт пора проверить.</numerusform>
            <numerusform>%n сайта пора проверить.</numerusform>
            <numerusform>%n сайтов пора проверить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the site: %1</source>
        <translation>Не удалось сохранить сайт: %1</translation>
    </message>
    <message>
        <source>Could not remove the site: %1</source>
        <translation>Не удалось удалить сайт: %1</translation>
    </message>
    <message>
        <source>Could not open %1 in the web browser.</source>
        <translation>Не удалось открыть %1 в браузере.</translation>
    </message>
    <message>
        <source>Could not record the check: %1</source>
        <translation>Не удалось отметить проверку: %1</translation>
    </message>
</context>
<context>
    <name>earshot::WatchSiteDialog</name>
    <message>
        <source>Watch a Site</source>
        <translation>Наблюдать за сайтом</translation>
    </message>
    <message>
        <source>Edit Watched Site</source>
        <translation>Изменение сайта в списке наблюдения</translation>
    </message>
    <message>
        <source>optional, e.g. Reviews on the marketplace</source>
        <translation>необязательно, например «Отзывы на маркетплейсе»</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>недели</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Платформа:</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>&amp;Интервал проверки:</translation>
    </message>
    <message>
        <source>Give the address of the page to watch.</source>
        <translation>Укажите адрес страницы для наблюдения.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; give one starting with https://.</source>
        <translation>«%1» — не веб-адрес; укажите адрес, начинающийся с https://.</translation>
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
        <source>%1 is not a web address.</source>
        <translation>%1 — не веб-адрес.</translation>
    </message>
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
