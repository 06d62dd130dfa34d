import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ReplayGraph, ReplayGraphEdge, ReplayGraphNode } from '@/lib/analysis';

export type LaidOutNode = Omit<ReplayGraphNode, 'parentId'> & { x: number; y: number; width: number; height: number; depth: number };
export type LaidOutEdge = Pick<ReplayGraphEdge, 'id' | 'source' | 'target' | 'kind' | 'label'> & {
  /** SVG path data in graph coordinates. */
  path: string;
  label: string | null;
  labelX: number | null;
  labelY: number | null;
};
/** A definition graph placed by ELK: absolute coordinates, compound nodes before what they hold. */
export type ReplayGraphLayout = { width: number; height: number; nodes: LaidOutNode[]; edges: LaidOutEdge[] };

const NODE_HEIGHT = 42;
const MARKER_SIZE = 22;
const CHAR_WIDTH = 7.2;
const LABEL_HEIGHT = 16;
const COMPOUND_PADDING = '[top=34,left=14,bottom=14,right=14]';

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '38',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
};

const elk = new ELK();

/** Places a definition graph with ELK's layered algorithm, top to bottom (on the server, once per definition). */
export async function layoutReplayGraph(graph: ReplayGraph): Promise<ReplayGraphLayout> {
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = { id: '__root__', layoutOptions: { ...LAYERED, 'elk.padding': '[top=12,left=12,bottom=12,right=12]' }, children: [], edges: [] };
  for (const node of graph.nodes) {
    const marker = node.kind === 'start' || node.kind === 'end';
    const elkNode: ElkNode = node.compound
      ? { id: node.id, layoutOptions: { ...LAYERED, 'elk.padding': COMPOUND_PADDING, 'elk.nodeSize.minimum': `(${labelWidth(node.label) + 40},60)` }, children: [], edges: [] }
      : { id: node.id, width: marker ? MARKER_SIZE : labelWidth(node.label), height: marker ? MARKER_SIZE : NODE_HEIGHT };
    elkNodes.set(node.id, elkNode);
  }
  // A Parallel's branches are unconnected: kept as one component they share a layer, side by side.
  for (const node of graph.nodes) {
    if (node.kind === 'branch' && node.parentId) {
      const options = elkNodes.get(node.parentId)?.layoutOptions;
      if (options) options['elk.separateConnectedComponents'] = 'false';
    }
  }
  for (const node of graph.nodes) {
    const parent = node.parentId ? elkNodes.get(node.parentId) : root;
    (parent ?? root).children?.push(elkNodes.get(node.id) as ElkNode);
  }
  for (const edge of graph.edges) {
    const container = edge.containerId ? elkNodes.get(edge.containerId) : root;
    const elkEdge: ElkExtendedEdge = {
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      labels: edge.label ? [{ text: edge.label, width: labelWidth(edge.label, 6.2, 10, 24), height: LABEL_HEIGHT }] : [],
    };
    (container ?? root).edges?.push(elkEdge);
  }

  const laidOut = await elk.layout(root);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const edgeById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const nodes: LaidOutNode[] = [];
  const edges: LaidOutEdge[] = [];
  const visit = (elkNode: ElkNode, offsetX: number, offsetY: number, depth: number) => {
    for (const child of elkNode.children ?? []) {
      const x = offsetX + (child.x ?? 0);
      const y = offsetY + (child.y ?? 0);
      const node = byId.get(child.id);
      if (node) {
        const { parentId: _parentId, ...rest } = node;
        nodes.push({ ...rest, x, y, width: child.width ?? 0, height: child.height ?? 0, depth });
      }
      visit(child, x, y, depth + 1);
    }
    for (const edge of (elkNode.edges ?? []) as ElkExtendedEdge[]) {
      const source = edgeById.get(edge.id);
      const section = edge.sections?.[0];
      if (!source || !section) continue;
      const label = edge.labels?.[0];
      edges.push({
        id: source.id,
        source: source.source,
        target: source.target,
        kind: source.kind,
        label: source.label,
        path: toPath(section, offsetX, offsetY),
        labelX: label?.x !== undefined ? offsetX + label.x : null,
        labelY: label?.y !== undefined ? offsetY + label.y : null,
      });
    }
  };
  visit(laidOut, 0, 0, 0);
  nodes.sort((a, b) => a.depth - b.depth);
  return { width: laidOut.width ?? 0, height: laidOut.height ?? 0, nodes, edges };
}

function labelWidth(text: string, charWidth = CHAR_WIDTH, padding = 40, min = 96): number {
  return Math.min(280, Math.max(min, Math.round(text.length * charWidth + padding)));
}

function toPath(section: ElkEdgeSection, dx: number, dy: number): string {
  const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x + dx)} ${round(point.y + dy)}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
