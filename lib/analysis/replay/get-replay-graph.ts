import { isRecord } from '@/lib/asl';
import { getChoiceRuleLabel } from './get-choice-rule-label';
import type { ReplayDefinition } from './get-replay-definition';

export type ReplayGraphNode = {
  /** A state's node id, a branch's scope key, or START_NODE_ID / END_NODE_ID. */
  id: string;
  kind: 'state' | 'branch' | 'start' | 'end';
  label: string;
  stateType: string | null;
  /** The Parallel branch or Map state it is drawn inside; null at the top. */
  parentId: string | null;
  /** Holds other nodes (a Map's processor, a Parallel's branches, a branch's states). */
  compound: boolean;
};

export type ReplayGraphEdge = {
  id: string;
  source: string;
  target: string;
  kind: 'start' | 'next' | 'choice' | 'default' | 'catch' | 'end';
  /** A Choice rule, `Default`, or the errors a Catch handles. */
  label: string | null;
  /** The node both ends are inside (edges never leave their scope); null at the top. */
  containerId: string | null;
};

export type ReplayGraph = { nodes: ReplayGraphNode[]; edges: ReplayGraphEdge[] };

export const START_NODE_ID = '__start__';
export const END_NODE_ID = '__end__';

/** The definition as nodes and edges, for a layout library to place: nested scopes become compound nodes. */
export function getReplayGraph(definition: ReplayDefinition): ReplayGraph {
  const nodes: ReplayGraphNode[] = [{ id: START_NODE_ID, kind: 'start', label: 'Start', stateType: null, parentId: null, compound: false }];
  const edges: ReplayGraphEdge[] = [];
  const addEdge = (source: string, target: string | undefined, kind: ReplayGraphEdge['kind'], label: string | null, containerId: string | null) => {
    if (!target) return;
    edges.push({ id: `${source}->${target}#${edges.length}`, source, target, kind, label, containerId });
  };

  for (const scope of definition.scopes.values()) {
    if (scope.branch !== null && scope.parentNodeId !== null) {
      nodes.push({ id: scope.key, kind: 'branch', label: `Branch ${scope.branch + 1}`, stateType: null, parentId: scope.parentNodeId, compound: true });
    }
  }
  for (const state of definition.states.values()) {
    const containerId = state.scope === '' ? null : state.scope;
    const hasChildren = state.type === 'Map' || state.type === 'Parallel';
    nodes.push({ id: state.nodeId, kind: 'state', label: state.name, stateType: state.type, parentId: containerId, compound: hasChildren && definition.scopes.has(state.type === 'Map' ? state.nodeId : `${state.nodeId}/0`) });
    const scope = definition.scopes.get(state.scope);
    const target = (name: unknown) => (typeof name === 'string' ? scope?.states.get(name) : undefined);
    const fields = state.fields;
    if (state.type === 'Choice') {
      const choices = Array.isArray(fields.Choices) ? fields.Choices : [];
      for (const choice of choices) if (isRecord(choice)) addEdge(state.nodeId, target(choice.Next), 'choice', getChoiceRuleLabel(choice), containerId);
      addEdge(state.nodeId, target(fields.Default), 'default', 'Default', containerId);
    } else {
      addEdge(state.nodeId, target(fields.Next), 'next', null, containerId);
    }
    const catchers = Array.isArray(fields.Catch) ? fields.Catch : [];
    for (const catcher of catchers) {
      if (!isRecord(catcher)) continue;
      const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.filter((e): e is string => typeof e === 'string').join(', ') : '';
      addEdge(state.nodeId, target(catcher.Next), 'catch', errors || 'Catch', containerId);
    }
    const terminal = fields.End === true || state.type === 'Succeed' || state.type === 'Fail';
    if (terminal && state.scope === '') addEdge(state.nodeId, END_NODE_ID, 'end', null, null);
  }
  const root = definition.scopes.get('');
  addEdge(START_NODE_ID, root?.startAt ? root.states.get(root.startAt) : undefined, 'start', null, null);
  nodes.push({ id: END_NODE_ID, kind: 'end', label: 'End', stateType: null, parentId: null, compound: false });
  return { nodes, edges };
}
