<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line is longer than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
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
        <source>Unknown status &quot;%1&quot;.</source>
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
        <source>Import a JSON Lines file</source>
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
    <name>Workspace</name>
    <message>
        <source>Could not create the folder %1 for the database. Check its permissions.</source>
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
    <name>earshot::MainWindow</name>
    <message>
        <source>Earshot</source>
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
        <source>The reply may have reached the server; retrying sends the same idempotency key, so it cannot be posted twice.</source>
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
    <name>earshot::SearchBar</name>
    <message>
        <source>Search (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match all their forms. Use &quot;quotes&quot; for a phrase, -word to exclude, OR for either.</source>
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
        <source>Platforms</source>
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
