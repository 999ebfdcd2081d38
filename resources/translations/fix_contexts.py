#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Moves messages of file-local tr() helpers into the context they use at run time.

Code outside QObject classes translates through a helper such as

    QString tr(const char *text) { return QCoreApplication::translate("ItemJson", text); }

lupdate cannot see through it and files the strings under the surrounding namespace or
class ("earshot", "earshot::ImportService"), where the program would never look them up.
Run after `lupdate -locations absolute` (which keeps the locations this script needs and
the old entries as vanished); translations found under the right context are kept.
Finish with `lconvert -no-obsolete -locations none` to drop what is left over.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HELPER = re.compile(
    r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*(\w+)\s*\)\s*\{\s*'
    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\1\s*\)')


def helper_context(path, cache={}):
    if path not in cache:
        try:
            with open(path, encoding='utf-8') as f:
                found = HELPER.search(f.read())
            cache[path] = found.group(2) if found else None
        except OSError:
            cache[path] = None
    return cache[path]


def key(message):
    source = message.findtext('source') or ''
    comment = message.findtext('comment') or ''
    return source, comment


def has_translation(message):
    t = message.find('translation')
    if t is None or t.get('type') in ('unfinished', 'vanished', 'obsolete'):
        return False
    return bool((t.text or '').strip()) or any((n.text or '').strip() for n in t.findall('numerusform'))


def fix(ts_path):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    base = os.path.dirname(os.path.abspath(ts_path))
    contexts = {c.findtext('name'): c for c in root.findall('context')}

    def context(name):
        if name not in contexts:
            c = ET.SubElement(root, 'context')
            ET.SubElement(c, 'name').text = name
            contexts[name] = c
        return contexts[name]

    moved = 0
    for ctx in list(root.findall('context')):
        for message in list(ctx.findall('message')):
            files = {os.path.normpath(os.path.join(base, loc.get('filename')))
                     for loc in message.findall('location') if loc.get('filename')}
            targets = {helper_context(f) for f in files} - {None}
            if len(targets) != 1:
                continue
            target = targets.pop()
            if target == ctx.findtext('name'):
                continue
            ctx.remove(message)
            context(target).append(message)
            moved += 1

    # Merge duplicates: a fresh (unfinished) entry takes the translation of a vanished one.
    for ctx in root.findall('context'):
        by_key = {}
        for message in list(ctx.findall('message')):
            k = key(message)
            if k not in by_key:
                by_key[k] = message
                continue
            other = by_key[k]
            keep, drop = (other, message) if has_translation(other) else (message, other)
            live = drop if drop.find('translation').get('type') != 'vanished' else keep
            if keep is not live:
                # The live entry (with locations) gets the known translation.
                live.remove(live.find('translation'))
                translation = keep.find('translation')
                translation.attrib.pop('type', None)
                live.append(translation)
                keep, drop = live, keep
            else:
                keep.find('translation').attrib.pop('type', None)
            ctx.remove(drop)
            by_key[k] = keep
    for ctx in root.findall('context'):
        if not ctx.findall('message'):
            root.remove(ctx)
    root[:] = sorted(root, key=lambda c: c.findtext('name') or '')
    tree.write(ts_path, encoding='utf-8', xml_declaration=True)
    print(f'{ts_path}: {moved} message(s) moved to their run-time context')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit('usage: fix_contexts.py FILE.ts...')
    for path in sys.argv[1:]:
        fix(path)
