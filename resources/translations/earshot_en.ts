<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerCsv</name>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row must name the columns and include &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row for the same answer without a platform; give variants a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, approved or retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variable &quot;%1&quot; is not name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use plain, markdown or bbcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length limit &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant rows without the answer&apos;s own row (empty platform)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerRepository</name>
    <message>
        <source>There is no answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerService</name>
    <message numerus="yes">
        <source>%n title word(s)</source>
        <translation>
            <numerusform>%n title word</numerusform>
            <numerusform>%n title words</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown answer status &quot;%1&quot;; use draft, approved or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variant of an answer needs a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has two variants for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use plain, markdown or bbcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A length limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 variant of the answer has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keywords %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an answers CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no answer %1; leave the id empty to add a new answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsyncAccounts</name>
    <message>
        <source>This account is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to follow; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to follow: a hashtag, subreddit, wall, category or words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts cannot follow a %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsyncWatch</name>
    <message>
        <source>This site is no longer on the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsyncWorkspace</name>
    <message numerus="yes">
        <source>%n item(s) imported</source>
        <translation>
            <numerusform>%n item imported</numerusform>
            <numerusform>%n items imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped, first at line %1: %2</source>
        <translation>
            <numerusform>%n line skipped, at line %1: %2</numerusform>
            <numerusform>%n lines skipped, first at line %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>%1 refused to give Earshot a token: %2. Nothing was stored; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot could not get a token from %1: %2 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without an access token (the answer is not the JSON an OAuth2 token endpoint gives). Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a token of type &quot;%2&quot;, which Earshot cannot use. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 account (%2) is already added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureService</name>
    <message>
        <source>&quot;%1&quot; is not a web address; give the link of the post, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which platform the post is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who wrote the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post needs a text or a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured by hand (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <source>The account address is empty. Give the instance address, e.g. https://mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Give the instance address, e.g. https://mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a name or password in the address &quot;%1&quot;: the token is read separately.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside the unquoted field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (is Earshot already running?). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written. Check the permissions of the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Earshot database or is damaged. Nothing was changed; restore a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (disk full, missing folder or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1 (%2). Nothing was changed; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Earshot (schema %2; this version understands up to %3). Nothing was changed: update Earshot or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an Earshot database. Nothing was changed; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Welcome to Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workspace is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample workspace to look around? It holds made-up mentions from several platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discourse</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Discourse forum sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a topic list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Discourse forum sent a topic list without topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Discourse forum sent a topic without posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Discourse forum sent a post without an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database is from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line is longer than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxService</name>
    <message>
        <source>Item %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemJson</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;platform&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;published&quot; must be an RFC 3339 date such as 2026-11-20T14:03:00+03:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both &quot;title&quot; and &quot;text&quot; are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>The query is not valid at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <source>The Mastodon server sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ancestors or descendants missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs at least one term with letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>%1: expects a date like 2026-11-20 or a time back like 7d or 24h, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use new, in-progress, waiting, answered or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is: expects unread, read, saved, answered or spam, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has: expects link, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; known fields: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this closing parenthesis has no opening one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs something to search for before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs something to search for after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- needs something to exclude right after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parentheses are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this parenthesis is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reddit</name>
    <message>
        <source>Reddit sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the post and its comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comments in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a &quot;json&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyService</name>
    <message>
        <source>The item is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reply interface; answer on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account is connected; add one to answer from Earshot, or answer on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has %1 characters; %2 accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>A rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s query is not valid at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s regular expression is not valid at position %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use tag, status, assign, spam, priority or notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use new, in-progress, waiting, answered or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority must be a number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag action needs a tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchService</name>
    <message>
        <source>The search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>memory (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the token &quot;%1&quot; (%2). Unlock the keyring and allow Earshot to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not handle the token &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to keep the access token safe. Start the desktop&apos;s keyring (for example GNOME Keyring or KWallet) and unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored in the keychain under &quot;%1&quot;. Add the account again to store a new token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the item in the reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or unsave the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the item read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the inbox as one column per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: close and go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last triage action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new items from every source now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sites watched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture a mention by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Telegram</name>
    <message>
        <source>Telegram sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageService</name>
    <message>
        <source>Unknown triage action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use new, in-progress, waiting, answered or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag name; use words, with / between levels (problem/billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VK</name>
    <message>
        <source>VK sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a response nor an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK said: %1 (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK did not accept the access token. Add the account again with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK wants this account validated. Sign in on vk.com, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests per second to VK; Earshot waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK&apos;s flood control stopped this: too many similar actions in a short time. Wait a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit of this VK method is reached. Earshot tries again in an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many replies to this post in a short time. Wait before answering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK denied access. The token may lack the &quot;wall&quot; permission or the wall is closed to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK denied access to the community: it is private or this account is not a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on this post are closed or limited to members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VK page was deleted or banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VK profile is private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK asks for a captcha. Open vk.com with this account, act once by hand, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK failed on its side. This is usually temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>&quot;%1&quot; is not a web address; give one starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a site at most once a minute; the interval is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no watched site %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Could not create the folder %1 for the database. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AccountConnectors</name>
    <message>
        <source>Earshot cannot connect to %1 accounts in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no token. Remove it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AccountHealthText</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failing (%n time(s) in a row): %1</source>
        <translation>
            <numerusform>Failing (%n time in a row): %1</numerusform>
            <numerusform>Failing (%n times in a row): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: it is not synced and sends no replies until enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>Failed %n time in a row.</numerusform>
            <numerusform>Failed %n times in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asked to wait until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this account uses plain http; its token crosses the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AccountServices</name>
    <message>
        <source>Accounts cannot be synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be stored: the database could not be opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account sync failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply #%1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) sent.</source>
        <translation>
            <numerusform>%n reply sent.</numerusform>
            <numerusform>%n replies sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::AccountsAction</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, remove, switch and sync platform accounts and what they follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected account follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest posts (subreddit or VK wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (forum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashtag, subreddit, wall, category or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: Add… connects one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; the next sync reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 account %2? Earshot stops syncing it and removes its token from the %3. Items already fetched stay in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, but its token could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled; the next sync reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: not synced until enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the enabled accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled account to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n new item(s).</source>
        <translation>
            <numerusform>Sync finished: %n new item.</numerusform>
            <numerusform>Sync finished: %n new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed; the Health column says why.</source>
        <translation>
            <numerusform>%n account failed; the Health column says why.</numerusform>
            <numerusform>%n accounts failed; the Health column says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now following %1 %2; the next sync reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already following %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer following %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this address uses plain http, so the token crosses the network unencrypted. Use https unless the server runs on your own machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an &quot;installed app&quot; at https://www.reddit.com/prefs/apps with the redirect uri http://127.0.0.1:65010/ and copy its client id here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://mastodon.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of the %1 server, e.g. https://mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token the platform gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit needs the client id of your installed app: create one at https://www.reddit.com/prefs/apps with the redirect uri http://127.0.0.1:65010/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and allow Earshot; Cancel gives up. If no browser opened, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AddSourceDialog</name>
    <message>
        <source>the address is a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked from the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual address for this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a page or a feed, e.g. https://forum.example.org/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed found at %1. The page links none and the usual feed addresses of forums and blogs did not answer with one. If you know the feed&apos;s address, type that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n feed(s). Pick one to add.</source>
        <translation>
            <numerusform>Found %n feed. Pick it to add.</numerusform>
            <numerusform>Found %n feeds. Pick one to add.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has no entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group or type a new one; leave empty for none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AnswerEditor</name>
    <message>
        <source>problem/billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words that suggest it, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default text. Placeholders: {author} {platform} {link} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add platform variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::AnswersWindow</name>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first at line %1: %2</source>
        <translation>
            <numerusform>%n row skipped, at line %1: %2</numerusform>
            <numerusform>%n rows skipped, first at line %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::BrowserAuthorization</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer came back from the browser within %1; nothing was stored. Start the sign-in again and finish it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot could not listen on 127.0.0.1:%1 for the browser&apos;s answer; another program may use that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot could not listen on 127.0.0.1 for the browser&apos;s answer. Check that the loopback network interface is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that came back from the browser does not belong to this sign-in (its state does not match), so Earshot refused it and stored nothing. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (access denied); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not authorize Earshot: %2. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the browser back without an authorization code; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot received the sign-in. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1 You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::CaptureDialog</name>
    <message>
        <source>Quick Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to the post, https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or handle as shown on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the text of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the link to the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address; give the link of the post, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which platform the post is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who wrote the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text of the post (or give it a title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post cannot have been written in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not capture the post: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::DiscourseConnector</name>
    <message>
        <source>The forum said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discourse has no such timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discourse topic or post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not say which topic post %1 is in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::EditSourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from imported items only, so it is not fetched. To follow it, add its address with Add Source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch new items from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off keeps the source and its items but stops fetching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import; nothing of it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::LengthCounter</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns by Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Earshot starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Earshot&lt;/b&gt; %1&lt;br&gt;Mentions, comments and feeds from many platforms in one inbox.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::MastodonConnector</name>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon has no such timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::MastodonSignIn</name>
    <message>
        <source>%1 does not look like a Mastodon instance: it has no app registration (HTTP 404 for /api/v1/apps). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot could not register itself with %1 for the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the app registration without a client id and secret; it may not be a Mastodon instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a token but could not say whose it is: %2 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not say which account the token belongs to (no username in verify_credentials). Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::Outbox</name>
    <message>
        <source>There is no reply #%1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot post replies on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread could not be checked for new answers, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already answered in this thread at %2: &quot;%3&quot;. Send anyway or discard the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: Earshot could not check whether the earlier attempt reached the platform. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply may have reached the server; retrying sends the same idempotency key, so it cannot be posted twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::OutboxSender</name>
    <message>
        <source>There is no reply #%1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of reply #%1 was removed; the reply stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::PlatformColumns</name>
    <message>
        <source>No platform has items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unread</source>
        <translation>
            <numerusform>%1 · %n unread</numerusform>
            <numerusform>%1 · %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::PlatformField</name>
    <message>
        <source>platform, e.g. reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::QuickReplyBox</name>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the reply in the outbox; it is sent at once when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full composer with official answers and spell-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::ReadingPane</name>
    <message>
        <source>Select an item to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Remote Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repl(ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>%n remote image hidden to protect your privacy.</numerusform>
            <numerusform>%n remote images hidden to protect your privacy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::RedditConnector</name>
    <message>
        <source>Reddit&apos;s request budget for this account is spent until %1; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit has no such timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit did not say which account the token belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot could not check whether the reply is already on Reddit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit refused the reply: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::RedditSignIn</name>
    <message>
        <source>Reddit did not say which account the token belongs to. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit gave a token but could not say whose it is: %1 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved answers that fit this item; choose one to start from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the reply in the outbox; it is posted from there (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply, open the page to post it there, and mark the item answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying on %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved answer fits this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is on the clipboard; paste it on the page. The item is answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::ReplyEditor</name>
    <message>
        <source>No spelling suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::RuleActionsEditor</name>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, higher is more urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::RuleEditor</name>
    <message>
        <source>Edit Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. platform:vk (refund OR billing) -tag:done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which items the rule acts on, in the search language; empty matches every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also require this regular expression (any case) in the title or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop here: later rules leave the items this rule matches alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::RuleNotifier</name>
    <message>
        <source>A rule matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s)</source>
        <translation>
            <numerusform>%n more notification</numerusform>
            <numerusform>%n more notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rules matched %n more item(s); filter the inbox to see them.</source>
        <translation>
            <numerusform>Rules matched %n more item; filter the inbox to see it.</numerusform>
            <numerusform>Rules matched %n more items; filter the inbox to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::RulesAction</name>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, order, switch and apply the rules that triage items as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::RulesDialog</name>
    <message>
        <source>every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, text matches /%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply to All Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the items each rule would change, changing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rules that are on over every item in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the rule runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the rule is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;? Items it changed keep their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the rules would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches %n item(s)</source>
        <translation>
            <numerusform>Matches %n item</numerusform>
            <numerusform>Matches %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n item(s) would change in all (an item several rules change counts once). Nothing was changed.</source>
        <translation>
            <numerusform>Dry run: %n item would change in all (an item several rules change counts once). Nothing was changed.</numerusform>
            <numerusform>Dry run: %n items would change in all (an item several rules change counts once). Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in all.</source>
        <translation>
            <numerusform>%n item changed in all.</numerusform>
            <numerusform>%n items changed in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules would change no item: nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply the rules that are on to every item? %n item(s) will change.</source>
        <translation>
            <numerusform>Apply the rules that are on to every item? %n item will change.</numerusform>
            <numerusform>Apply the rules that are on to every item? %n items will change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Triage &gt; Undo takes the whole run back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules changed %n item(s).</source>
        <translation>
            <numerusform>The rules changed %n item.</numerusform>
            <numerusform>The rules changed %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::SavedSearchSaver</name>
    <message>
        <source>Save the &amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a search to save first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This query does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the search “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the search “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::SearchBar</name>
    <message>
        <source>Search (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match all their forms. Use &quot;quotes&quot; for a phrase, -word to exclude, OR for either, and fields such as tag:problem status:new is:unread platform:vk after:7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search in the sidebar (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query not run, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Earshot starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::SidebarModel</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 unread of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fetch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::SourceActions</name>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; fetching it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added</source>
        <translation>
            <numerusform>%n source added</numerusform>
            <numerusform>%n sources added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message>
        <source>Earshot sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n source written to %1</numerusform>
            <numerusform>%n sources written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync This Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and the %n item(s) stored from it? Their tags, notes and history go with them. To keep them, edit the source and turn fetching off instead.</source>
        <translation>
            <numerusform>Remove %1 and the %n item stored from it? Its tags, notes and history go with it. To keep them, edit the source and turn fetching off instead.</numerusform>
            <numerusform>Remove %1 and the %n items stored from it? Their tags, notes and history go with them. To keep them, edit the source and turn fetching off instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::SourceManager</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the address of a page or a feed, such as https://example.org/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable OPML list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::SyncController</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new items from every feed source now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch again only the sources whose last fetch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync; what was already fetched is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch again only the sources that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n new item(s)</source>
        <translation>
            <numerusform>Syncing: %n new item</numerusform>
            <numerusform>Syncing: %n new items</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled: %n new item(s)</source>
        <translation>
            <numerusform>Sync cancelled: %n new item</numerusform>
            <numerusform>Sync cancelled: %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n new item(s)</source>
        <translation>
            <numerusform>Synced: %n new item</numerusform>
            <numerusform>Synced: %n new items</numerusform>
        </translation>
    </message>
    <message>
        <source>No feed sources to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>%n source failed</numerusform>
            <numerusform>%n sources failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Hover over the red sources in the sidebar to see why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::TagPicker</name>
    <message>
        <source>Add a Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag, e.g. problem/billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::TelegramConnector</name>
    <message>
        <source>Telegram said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram could not be reached (%1). Check the connection; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Copy it again from @BotFather and add the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot may not do this: it was removed from the chat or lacks the rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program reads this bot&apos;s updates (a webhook or a second getUpdates). Only one reader is possible; stop the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram asked Earshot to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram failed on its side (HTTP %1). This is usually temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Telegram bot only receives new messages; it cannot read threads, searches or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Telegram message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt of this reply may already be in the chat, and a bot cannot read the chat to check. Look in the chat; if the reply is missing, send it again as a new reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply may have been sent: the connection was lost before Telegram confirmed it. A bot cannot read the chat to check, so Earshot will not send it again. Look in the chat; if the reply is missing, send it as a new reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt may already be in the chat, and a Telegram bot cannot read the chat to check. Look in the chat; if the reply is missing, send it again as a new reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::TokenRefresher</name>
    <message>
        <source>The account&apos;s sign-in is no longer valid; sign in to it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::TriageController</name>
    <message>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official &amp;Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status %1 on %n item(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Status %1 on %n item. Ctrl+Z undoes it.</numerusform>
            <numerusform>Status %1 on %n items. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 on %n item(s).</source>
        <translation>
            <numerusform>Tag %1 on %n item.</numerusform>
            <numerusform>Tag %1 on %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %n item(s).</source>
        <translation>
            <numerusform>Unassigned %n item.</numerusform>
            <numerusform>Unassigned %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n item(s) to %1.</source>
        <translation>
            <numerusform>Assigned %n item to %1.</numerusform>
            <numerusform>Assigned %n items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note saved on %n item(s).</source>
        <translation>
            <numerusform>Note saved on %n item.</numerusform>
            <numerusform>Note saved on %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n item(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Archived %n item. Ctrl+Z undoes it.</numerusform>
            <numerusform>Archived %n items. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n change(s).</source>
        <translation>
            <numerusform>Undone: %n change.</numerusform>
            <numerusform>Undone: %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to (empty to unassign):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note on %n item(s):</source>
        <translation>
            <numerusform>Note on %n item:</numerusform>
            <numerusform>Note on %n items:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::VkConnector</name>
    <message>
        <source>VK asked Earshot to slow down; nothing is sent until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VK post; write it as &lt;owner&gt;_&lt;post&gt;, e.g. -1_123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK has no such timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VK post or comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot could not check whether the reply is already on VK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::WatchActions</name>
    <message>
        <source>&amp;Watch List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captured mention is in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n watched site(s) due</source>
        <translation>
            <numerusform>%n watched site due</numerusform>
            <numerusform>%n watched sites due</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n watched site(s) due for a look.</source>
        <translation>
            <numerusform>%n watched site due for a look.</numerusform>
            <numerusform>%n watched sites due for a look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::WatchListDialog</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page in the web browser and record it as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a mention found on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Watched Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching %1? Mentions captured from it stay in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the watch list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites are watched yet. Add the pages you look at by hand: review sites, marketplaces, closed forums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) due for a look.</source>
        <translation>
            <numerusform>%n site due for a look.</numerusform>
            <numerusform>%n sites due for a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earshot::WatchSiteDialog</name>
    <message>
        <source>Watch a Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Watched Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Reviews on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of the page to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address; give one starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Earshot: every mention in one inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>net</name>
    <message>
        <source>%1 is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a sign-in (HTTP 401). Check the address or the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403). The site may block readers or need a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone for good (HTTP 410). The site removed it; consider deleting the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Earshot to slow down (HTTP 429) and to wait until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Earshot to slow down (HTTP 429). It will be tried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 failed (HTTP %2). This is usually temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asked to wait until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS). Check the address and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. The site may be down or the address wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived. It will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earshot does not read from servers whose certificate is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opml</name>
    <message>
        <source>The OPML file declares a DTD, which Earshot does not accept (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML file uses an undeclared entity (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML file is not well-formed XML: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not OPML (no &lt;opml&gt; element).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
