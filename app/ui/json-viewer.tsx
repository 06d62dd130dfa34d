'use client';

import { useMemo, useState } from 'react';
import { CopyButton } from './copy-button';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Children drawn per expansion step: a 10,000-item array opens 100 at a time. */
const CHILDREN_PER_STEP = 100;
/** Longer strings are cut until asked for. */
const STRING_PREVIEW_CHARS = 300;
/** Above this, the tree opens one level deep and raw text shows a prefix, so the page stays responsive. */
const LARGE_PAYLOAD_CHARS = 100_000;

type Parsed = { ok: true; value: Json } | { ok: false };

/** A collapsible JSON tree with a pretty-printed raw view and a copy button. */
export function JsonViewer({ text, emptyLabel = 'None' }: { text: string | null; emptyLabel?: string }) {
  const large = (text?.length ?? 0) > LARGE_PAYLOAD_CHARS;
  const parsed = useMemo<Parsed>(() => {
    if (text === null) return { ok: false };
    try {
      return { ok: true, value: JSON.parse(text) as Json };
    } catch {
      return { ok: false };
    }
  }, [text]);
  const [mode, setMode] = useState<'tree' | 'raw'>('tree');

  if (text === null) return <div className="json-body faint">{emptyLabel}</div>;
  return (
    <div className="json">
      <div className="panel-header json-toolbar">
        <span className="faint">{formatSize(text.length)}</span>
        <span style={{ flex: 1 }} />
        {parsed.ok && (
          <button type="button" className="button button-small" onClick={() => setMode(mode === 'tree' ? 'raw' : 'tree')}>
            {mode === 'tree' ? 'Raw' : 'Tree'}
          </button>
        )}
        <CopyButton text={text} />
      </div>
      <div className="json-body">
        {parsed.ok && mode === 'tree' ? (
          <JsonNode value={parsed.value} depth={0} openDepth={large ? 1 : 3} />
        ) : (
          <RawText text={parsed.ok ? JSON.stringify(parsed.value, null, 2) : text} />
        )}
      </div>
    </div>
  );
}

function RawText({ text }: { text: string }) {
  const [full, setFull] = useState(text.length <= LARGE_PAYLOAD_CHARS);
  return (
    <pre className="json-pre">
      {full ? text : text.slice(0, LARGE_PAYLOAD_CHARS)}
      {!full && (
        <>
          {'\n'}
          <button type="button" className="json-more" onClick={() => setFull(true)}>
            … show the remaining {formatSize(text.length - LARGE_PAYLOAD_CHARS)}
          </button>
        </>
      )}
    </pre>
  );
}

function JsonNode({ name, value, depth, openDepth, last = true }: {
  name?: string;
  value: Json;
  depth: number;
  openDepth: number;
  last?: boolean;
}) {
  const [open, setOpen] = useState(depth < openDepth);
  const [shown, setShown] = useState(CHILDREN_PER_STEP);
  const comma = last ? '' : ',';
  const key = name === undefined ? null : (
    <>
      <span className="json-key">{JSON.stringify(name)}</span>:{' '}
    </>
  );

  if (value === null || typeof value !== 'object') {
    return (
      <div className="json-line">
        {key}
        <JsonScalar value={value} />
        {comma}
      </div>
    );
  }

  const entries: [string | undefined, Json][] = Array.isArray(value)
    ? value.map((item) => [undefined, item])
    : Object.entries(value);
  const [openMark, closeMark] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    return (
      <div className="json-line">
        {key}
        {openMark}
        {closeMark}
        {comma}
      </div>
    );
  }
  const noun = Array.isArray(value) ? 'item' : 'key';
  const summary = `${entries.length} ${noun}${entries.length === 1 ? '' : 's'}`;
  if (!open) {
    return (
      <div className="json-line">
        <button type="button" className="json-toggle" aria-label="Expand" onClick={() => setOpen(true)}>
          ▸
        </button>
        {key}
        <span className="json-summary" onClick={() => setOpen(true)}>
          {openMark} {summary} {closeMark}
        </span>
        {comma}
      </div>
    );
  }
  return (
    <div>
      <div className="json-line">
        <button type="button" className="json-toggle" aria-label="Collapse" onClick={() => setOpen(false)}>
          ▾
        </button>
        {key}
        {openMark}
      </div>
      <div className="json-node">
        {entries.slice(0, shown).map(([childName, child], index) => (
          <JsonNode
            key={childName ?? index}
            name={childName}
            value={child}
            depth={depth + 1}
            openDepth={openDepth}
            last={index === entries.length - 1}
          />
        ))}
        {shown < entries.length && (
          <button type="button" className="json-more" onClick={() => setShown(shown + CHILDREN_PER_STEP)}>
            … {entries.length - shown} more (show {Math.min(CHILDREN_PER_STEP, entries.length - shown)})
          </button>
        )}
      </div>
      <div className="json-line">
        {closeMark}
        {comma}
      </div>
    </div>
  );
}

function JsonScalar({ value }: { value: string | number | boolean | null }) {
  const [full, setFull] = useState(false);
  if (typeof value === 'string') {
    const cut = !full && value.length > STRING_PREVIEW_CHARS;
    return (
      <span className="json-string">
        {JSON.stringify(cut ? value.slice(0, STRING_PREVIEW_CHARS) : value)}
        {cut && (
          <button type="button" className="json-more" onClick={() => setFull(true)}>
            {' '}
            … {value.length - STRING_PREVIEW_CHARS} more chars
          </button>
        )}
      </span>
    );
  }
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>;
  return <span className="json-literal">{String(value)}</span>;
}

function formatSize(chars: number): string {
  if (chars < 1_024) return `${chars} chars`;
  if (chars < 1_048_576) return `${(chars / 1_024).toFixed(1)} K chars`;
  return `${(chars / 1_048_576).toFixed(1)} M chars`;
}
