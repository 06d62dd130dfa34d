'use client';

import { memo, useCallback, useEffect, useRef } from 'react';
import type { ReplayFrame, ReplayNodeFrame } from '@/lib/analysis';
import type { LaidOutNode, ReplayGraphLayout } from './layout-replay-graph';
import { OUTCOME_LABELS, OUTCOME_SWATCHES } from './replay-palette';
import styles from './replay.module.css';

type View = { x: number; y: number; scale: number };

const MIN_SCALE = 0.1;
const MAX_SCALE = 4;
const FIT_MARGIN = 16;
/** Below this zoom, state names get hard to read. */
const READABLE_SCALE = 0.7;

/**
 * The definition as laid out on the server, each state coloured by what it is doing at the replay's
 * instant. Pan and zoom move one transform attribute (no React render, no layout per frame).
 */
export const ReplayGraph = memo(function ReplayGraph({
  layout,
  frame,
  takenEdges,
  selectedNodeId,
  onSelectNode,
  fileName,
}: {
  layout: ReplayGraphLayout;
  frame: ReplayFrame;
  /** Edge ids the execution had travelled by the instant. */
  takenEdges: ReadonlySet<string>;
  selectedNodeId: string | null;
  onSelectNode: (nodeId: string) => void;
  fileName: string;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const content = useRef<SVGGElement>(null);
  const view = useRef<View>({ x: 0, y: 0, scale: 1 });
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const focusNodeRef = useRef(selectedNodeId);

  const apply = useCallback(() => {
    const { x, y, scale } = view.current;
    content.current?.setAttribute('transform', `translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(4)})`);
  }, []);

  const fit = useCallback(() => {
    const box = viewport.current?.getBoundingClientRect();
    if (!box || layout.width === 0) return;
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.min((box.width - 2 * FIT_MARGIN) / layout.width, (box.height - 2 * FIT_MARGIN) / layout.height, 1.25)));
    view.current = { scale, x: (box.width - layout.width * scale) / 2, y: Math.max(FIT_MARGIN, (box.height - layout.height * scale) / 2) };
    apply();
  }, [apply, layout.height, layout.width]);

  const zoomAt = useCallback(
    (factor: number, clientX?: number, clientY?: number) => {
      const box = viewport.current?.getBoundingClientRect();
      if (!box) return;
      const px = clientX === undefined ? box.width / 2 : clientX - box.left;
      const py = clientY === undefined ? box.height / 2 : clientY - box.top;
      const current = view.current;
      const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, current.scale * factor));
      view.current = { scale, x: px - ((px - current.x) * scale) / current.scale, y: py - ((py - current.y) * scale) / current.scale };
      apply();
    },
    [apply],
  );

  // First view: the whole graph if it stays readable, else readable size around the selected state.
  const initialView = useCallback(() => {
    const box = viewport.current?.getBoundingClientRect();
    if (!box || layout.width === 0) return;
    const fitScale = Math.min((box.width - 2 * FIT_MARGIN) / layout.width, (box.height - 2 * FIT_MARGIN) / layout.height, 1.25);
    if (fitScale >= READABLE_SCALE) return fit();
    const scale = Math.min(1, Math.max(READABLE_SCALE, (box.width - 2 * FIT_MARGIN) / layout.width));
    const focus = layout.nodes.find((node) => node.id === focusNodeRef.current);
    const centerX = focus ? focus.x + focus.width / 2 : layout.width / 2;
    view.current = {
      scale,
      x: box.width / 2 - centerX * scale,
      y: focus ? box.height / 2 - (focus.y + focus.height / 2) * scale : FIT_MARGIN,
    };
    apply();
  }, [apply, fit, layout]);

  useEffect(() => {
    initialView();
    const element = viewport.current;
    if (!element) return;
    // Ctrl/⌘ + wheel (and pinch) zooms; a plain wheel keeps scrolling the page.
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoomAt(Math.exp(-event.deltaY * 0.002), event.clientX, event.clientY);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [initialView, zoomAt]);

  // A state selected in the timeline or the events: bring it into view if it is out of it.
  useEffect(() => {
    const box = viewport.current?.getBoundingClientRect();
    const node = layout.nodes.find((candidate) => candidate.id === selectedNodeId);
    if (!box || !node || focusNodeRef.current === selectedNodeId) return;
    focusNodeRef.current = selectedNodeId;
    const { x, y, scale } = view.current;
    const left = x + node.x * scale;
    const top = y + node.y * scale;
    if (left >= 0 && top >= 0 && left + node.width * scale <= box.width && top + node.height * scale <= box.height) return;
    view.current = { scale, x: box.width / 2 - (node.x + node.width / 2) * scale, y: box.height / 2 - (node.y + node.height / 2) * scale };
    apply();
  }, [apply, layout.nodes, selectedNodeId]);

  const onPointerDown = (event: React.PointerEvent) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, moved: false };
  };
  const onPointerMove = (event: React.PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!start.moved) viewport.current?.setPointerCapture(event.pointerId);
    start.moved = true;
    view.current = { ...view.current, x: view.current.x + dx, y: view.current.y + dy };
    start.x = event.clientX;
    start.y = event.clientY;
    apply();
  };
  const onPointerUp = (event: React.PointerEvent) => {
    const start = drag.current;
    drag.current = null;
    if (start?.moved) viewport.current?.releasePointerCapture(event.pointerId);
    if (start && !start.moved) {
      const target = (event.target as Element).closest('[data-node-id]');
      const nodeId = target?.getAttribute('data-node-id');
      if (nodeId && target?.getAttribute('data-kind') === 'state') onSelectNode(nodeId);
    }
  };

  return (
    <section className="panel" aria-label="State graph">
      <div className="panel-header">
        <h2>Graph</h2>
        <div className="row">
          <button type="button" className="button button-small" onClick={() => zoomAt(1 / 1.25)} aria-label="Zoom out">
            −
          </button>
          <button type="button" className="button button-small" onClick={() => zoomAt(1.25)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="button button-small" onClick={fit} aria-label="Fit the graph">
            Fit
          </button>
          <button type="button" className="button button-small" onClick={() => svg.current && downloadSvg(svg.current, layout, fileName)}>
            SVG
          </button>
          <button type="button" className="button button-small" onClick={() => svg.current && void downloadPng(svg.current, layout, fileName)}>
            PNG
          </button>
        </div>
      </div>
      <div
        ref={viewport}
        className={styles.graphViewport}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
        data-testid="replay-graph"
      >
        <svg ref={svg} className={styles.graphSvg} xmlns="http://www.w3.org/2000/svg" role="img" aria-label="State machine graph">
          <defs>
            <marker id="replay-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" fill="#8a919c" />
            </marker>
            <marker id="replay-arrow-taken" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" fill="#3b5bdb" />
            </marker>
          </defs>
          <g ref={content}>
            {layout.nodes
              .filter((node) => node.compound)
              .map((node) => (
                <GraphNode key={node.id} node={node} state={frame.nodes.get(node.id)} selected={node.id === selectedNodeId} />
              ))}
            {layout.edges.map((edge) => {
              const taken = takenEdges.has(edge.id);
              return (
                <g key={edge.id} data-edge-kind={edge.kind} data-taken={taken || undefined}>
                  <path
                    d={edge.path}
                    fill="none"
                    stroke={taken ? '#3b5bdb' : '#aab1bc'}
                    strokeWidth={taken ? 2 : 1.25}
                    strokeDasharray={edge.kind === 'catch' ? '5 4' : undefined}
                    markerEnd={`url(#${taken ? 'replay-arrow-taken' : 'replay-arrow'})`}
                  />
                  {edge.label && edge.labelX !== null && edge.labelY !== null && (
                    <g transform={`translate(${edge.labelX} ${edge.labelY})`}>
                      <rect width={edge.label.length * 6.2 + 10} height={16} rx={3} fill="#ffffff" stroke={edge.kind === 'catch' ? '#f3b66b' : '#e3e6eb'} />
                      <text x={5} y={11.5} fontSize={10.5} fill={edge.kind === 'catch' ? '#8a4506' : '#5c6470'} fontFamily="ui-monospace, monospace">
                        {edge.label}
                      </text>
                    </g>
                  )}
                </g>
              );
            })}
            {layout.nodes
              .filter((node) => !node.compound)
              .map((node) => (
                <GraphNode key={node.id} node={node} state={frame.nodes.get(node.id)} selected={node.id === selectedNodeId} />
              ))}
          </g>
        </svg>
      </div>
      <div className="panel-body">
        <div className={styles.legend}>
          {(Object.keys(OUTCOME_SWATCHES) as (keyof typeof OUTCOME_SWATCHES)[]).map((outcome) => (
            <span key={outcome}>
              <span className={styles.swatch} style={{ background: OUTCOME_SWATCHES[outcome].fill, borderColor: OUTCOME_SWATCHES[outcome].stroke }} />
              {OUTCOME_LABELS[outcome]}
            </span>
          ))}
          <span>┅ Catch</span>
          <span className="faint">Drag to pan · Ctrl/⌘ + wheel to zoom</span>
        </div>
      </div>
    </section>
  );
});

function GraphNode({ node, state, selected }: { node: LaidOutNode; state: ReplayNodeFrame | undefined; selected: boolean }) {
  const outcome = state?.outcome ?? 'not-reached';
  const swatch = OUTCOME_SWATCHES[outcome];
  const common = { 'data-node-id': node.id, 'data-kind': node.kind, 'data-outcome': node.kind === 'state' ? outcome : undefined, 'data-selected': selected || undefined };
  if (node.kind === 'start' || node.kind === 'end') {
    return (
      <g {...common} transform={`translate(${node.x} ${node.y})`}>
        <circle cx={node.width / 2} cy={node.height / 2} r={node.width / 2} fill={node.kind === 'start' ? '#5c6470' : '#ffffff'} stroke="#5c6470" strokeWidth={node.kind === 'end' ? 3 : 1} />
      </g>
    );
  }
  if (node.kind === 'branch') {
    return (
      <g {...common} transform={`translate(${node.x} ${node.y})`}>
        <rect width={node.width} height={node.height} rx={6} fill="#ffffff" fillOpacity={0.6} stroke="#cdd2da" strokeDasharray="3 3" />
        <text x={8} y={15} fontSize={10.5} fill="#8a919c">
          {node.label}
        </text>
      </g>
    );
  }
  const detail = getNodeDetail(state);
  const stroke = selected ? '#3b5bdb' : swatch.stroke;
  const className = `${styles.node} ${outcome === 'active' ? styles.nodeActive : ''}`;
  if (node.compound) {
    return (
      <g {...common} className={className} transform={`translate(${node.x} ${node.y})`}>
        <rect width={node.width} height={node.height} rx={8} fill={swatch.fill} fillOpacity={0.45} stroke={stroke} strokeWidth={selected ? 3 : 1.5} />
        <text x={10} y={18} fontSize={12.5} fontWeight={600} fill={swatch.text}>
          {node.label}
          <tspan fill="#8a919c" fontWeight={400} fontSize={10.5}>
            {'  '}
            {node.stateType}
            {detail ? ` · ${detail}` : ''}
          </tspan>
        </text>
      </g>
    );
  }
  return (
    <g {...common} className={className} transform={`translate(${node.x} ${node.y})`}>
      <rect width={node.width} height={node.height} rx={6} fill={swatch.fill} stroke={stroke} strokeWidth={selected ? 3 : 1.5} strokeDasharray={outcome === 'not-reached' ? '4 3' : undefined} />
      <text x={node.width / 2} y={detail ? 17 : 25} textAnchor="middle" fontSize={12.5} fontWeight={500} fill={swatch.text}>
        {node.label}
      </text>
      {detail && (
        <text x={node.width / 2} y={32} textAnchor="middle" fontSize={10} fill={swatch.text} opacity={0.85} data-testid="node-detail">
          {detail}
        </text>
      )}
    </g>
  );
}

/** "×1,000 · 2 failed", "2 tries", "3/20 items running": what a count adds to the colour. */
function getNodeDetail(state: ReplayNodeFrame | undefined): string {
  if (!state) return '';
  const parts: string[] = [];
  if (state.iterations) {
    const it = state.iterations;
    parts.push(`${it.succeeded.toLocaleString('en-US')}/${it.total.toLocaleString('en-US')} items`);
    if (it.running) parts.push(`${it.running.toLocaleString('en-US')} running`);
    if (it.failed) parts.push(`${it.failed.toLocaleString('en-US')} failed`);
    if (it.aborted) parts.push(`${it.aborted.toLocaleString('en-US')} cancelled`);
    return parts.join(' · ');
  }
  if (state.visits > 1) parts.push(`×${state.visits.toLocaleString('en-US')}`);
  if (state.visits > 1 && state.active) parts.push(`${state.active.toLocaleString('en-US')} active`);
  if (state.failed && state.visits > 1) parts.push(`${state.failed.toLocaleString('en-US')} failed`);
  if (state.retried) parts.push(state.visits > 1 ? `${state.retried.toLocaleString('en-US')} retried` : 'retried');
  if (state.caught && state.visits > 1) parts.push(`${state.caught.toLocaleString('en-US')} caught`);
  return parts.join(' · ');
}

function toStandaloneSvg(svg: SVGSVGElement, layout: ReplayGraphLayout): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Math.ceil(layout.width + 2 * FIT_MARGIN);
  const height = Math.ceil(layout.height + 2 * FIT_MARGIN);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('font-family', 'ui-sans-serif, system-ui, sans-serif');
  copy.removeAttribute('class');
  // The content group, without the viewer's pan and zoom.
  copy.querySelector(':scope > g')?.setAttribute('transform', `translate(${FIT_MARGIN} ${FIT_MARGIN})`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

function download(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

function downloadSvg(svg: SVGSVGElement, layout: ReplayGraphLayout, fileName: string): void {
  const url = URL.createObjectURL(new Blob([toStandaloneSvg(svg, layout)], { type: 'image/svg+xml' }));
  download(url, `${fileName}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

async function downloadPng(svg: SVGSVGElement, layout: ReplayGraphLayout, fileName: string): Promise<void> {
  const text = toStandaloneSvg(svg, layout);
  const image = new Image();
  const source = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The graph could not be drawn as an image.'));
    image.src = source;
  });
  const pixelRatio = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.width * pixelRatio;
  canvas.height = image.height * pixelRatio;
  const context = canvas.getContext('2d');
  context?.scale(pixelRatio, pixelRatio);
  context?.drawImage(image, 0, 0);
  URL.revokeObjectURL(source);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  download(url, `${fileName}.png`);
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
