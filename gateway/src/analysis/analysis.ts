import {
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { graphqlRuntime, isWellFormedText } from '@shop/kit';

// The schema comes from @apollo/federation-internals (graphql's CommonJS copy): test it with that copy.
const { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, isInterfaceType } = graphqlRuntime;

/** What one operation asks for, measured in one pass over the document (fragments once each). */
export interface OperationAnalysis {
  /** Deepest nesting of fields (`{ a { b } }` is 2). */
  depth: number;
  /** Aliased fields, counting a fragment once per spread. */
  aliases: number;
  /** Fields selected at the root, through fragments. */
  rootFields: number;
  /** Distinct field selections written in the document and reachable from the operation. */
  height: number;
  /** Directive uses, counting a fragment once per spread. */
  directives: number;
  /** Requested cost: objects 1, scalars 0, lists × their `first`/`last` or the default list size. */
  cost: number;
  /** A string literal holds a NUL or a lone surrogate. */
  malformedString: boolean;
}

export interface CostSettings {
  /** Assumed length of a list field with no `first`/`last` argument (and of a connection without one). */
  defaultListSize: number;
  /** Added per root field of a mutation, as Shopify and the IBM cost spec weigh writes. */
  mutationCost: number;
}

export const DEFAULT_COST_SETTINGS: CostSettings = { defaultListSize: 10, mutationCost: 10 };

/**
 * `fixed` is cost already multiplied out; `perItem` is the cost of list fields that take their
 * length from the enclosing connection's page size (`edges`, `nodes`), left for the parent to
 * multiply. Keeping them apart lets a fragment be summarised once whatever page size it sits in.
 */
interface Summary {
  depth: number;
  aliases: number;
  directives: number;
  fields: number;
  fixed: number;
  perItem: number;
}

const EMPTY: Summary = { depth: 0, aliases: 0, directives: 0, fields: 0, fixed: 0, perItem: 0 };
const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * Measures `operation` of `document` against `schema` (the API schema) in time linear in the
 * document: each fragment's summary is computed once and reused for every spread, so a fan-out of
 * `F1 { ...F0 ...F0 } … F30` costs 31 visits while the counts still reflect the 2^30 expansion.
 * Call it after a bracket-nesting check: the walk recurses once per nested selection set.
 */
export function analyzeOperation(
  schema: GraphQLSchema | null,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  settings: CostSettings = DEFAULT_COST_SETTINGS,
): OperationAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, Summary | 'visiting'>();
  const seenFields = new Set<FieldNode>();
  let malformedString = false;

  const checkValue = (value: ValueNode): void => {
    if (value.kind === Kind.STRING) {
      if (!isWellFormedText(value.value)) malformedString = true;
    } else if (value.kind === Kind.LIST) value.values.forEach(checkValue);
    else if (value.kind === Kind.OBJECT) for (const f of value.fields) checkValue(f.value);
  };
  const checkDirectives = (directives: readonly DirectiveNode[] | undefined) => {
    for (const d of directives ?? []) for (const a of d.arguments ?? []) checkValue(a.value);
    return directives?.length ?? 0;
  };

  const pageSize = (field: FieldNode): number | null => {
    for (const arg of field.arguments ?? []) {
      if (!PAGE_ARGUMENTS.has(arg.name.value)) continue;
      const v = arg.value;
      const raw = v.kind === Kind.INT ? Number(v.value) : v.kind === Kind.VARIABLE ? variableValue(v.name.value) : null;
      if (typeof raw === 'number' && Number.isFinite(raw)) return Math.max(0, raw);
    }
    return null;
  };
  const variableValue = (name: string): unknown => {
    if (name in variables) return variables[name];
    const def = operation.variableDefinitions?.find((d) => d.variable.name.value === name)?.defaultValue;
    return def?.kind === Kind.INT ? Number(def.value) : undefined;
  };
  const withPage = (s: Summary, size: number | null) => s.fixed + (size ?? settings.defaultListSize) * s.perItem;

  const fragmentSummary = (name: string): Summary => {
    const known = memo.get(name);
    // A cycle is refused by validation (NoFragmentCycles) afterwards; count it as empty here.
    if (known === 'visiting') return EMPTY;
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return EMPTY;
    memo.set(name, 'visiting');
    const type = schema?.getType(fragment.typeCondition.name.value);
    const summary = selectionSummary(fragment.selectionSet, isCompositeType(type) ? type : null);
    summary.directives += checkDirectives(fragment.directives);
    memo.set(name, summary);
    return summary;
  };

  const fieldSummary = (field: FieldNode, parent: GraphQLCompositeType | null): Summary => {
    seenFields.add(field);
    for (const a of field.arguments ?? []) checkValue(a.value);
    const own: Summary = { ...EMPTY, depth: 1, fields: 1, aliases: field.alias ? 1 : 0, directives: checkDirectives(field.directives) };
    const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value] : undefined;
    const named = def ? getNamedType(def.type) : undefined;
    const childType = named && isCompositeType(named) ? named : null;
    if (!field.selectionSet) return own;
    const children = selectionSummary(field.selectionSet, childType);
    // Introspection (__schema, __type) is answered by the gateway itself and off in production;
    // explorers send deep `ofType` chains, so its nesting does not count toward the depth limit.
    if (!field.name.value.startsWith('__')) own.depth += children.depth;
    own.aliases += children.aliases;
    own.directives += children.directives;
    const size = pageSize(field);
    // Without a schema (operationCost's fallback) a selection means an object and a page argument a list.
    if (!schema) {
      own.fixed = (size ?? 1) * (1 + withPage(children, null));
      return own;
    }
    if (!def || !childType) return own;
    const isList = isListType(getNullableType(def.type));
    // A connection (an object with a page argument) hands its page size to its edges/nodes lists.
    const item = 1 + withPage(children, isList ? null : size);
    if (isList && size === null) own.perItem = item;
    else own.fixed = (isList ? size! : 1) * item;
    return own;
  };

  const selectionSummary = (set: SelectionSetNode, parent: GraphQLCompositeType | null): Summary => {
    const total: Summary = { ...EMPTY };
    for (const sel of set.selections) {
      let s: Summary;
      if (sel.kind === Kind.FIELD) s = fieldSummary(sel, parent);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema?.getType(sel.typeCondition.name.value) : parent;
        s = { ...selectionSummary(sel.selectionSet, type && isCompositeType(type) ? type : null) };
        s.directives += checkDirectives(sel.directives);
      } else {
        s = { ...fragmentSummary(sel.name.value) };
        s.directives += checkDirectives(sel.directives);
      }
      total.depth = Math.max(total.depth, s.depth);
      total.aliases += s.aliases;
      total.directives += s.directives;
      total.fields += s.fields;
      total.fixed += s.fixed;
      total.perItem += s.perItem;
    }
    return total;
  };

  for (const def of operation.variableDefinitions ?? []) if (def.defaultValue) checkValue(def.defaultValue);
  const rootType = schema?.getRootType(operation.operation) ?? null;
  const root = selectionSummary(operation.selectionSet, rootType);
  const writes = operation.operation === 'mutation' ? root.fields * settings.mutationCost : 0;
  return {
    depth: root.depth,
    aliases: root.aliases,
    rootFields: root.fields,
    height: seenFields.size,
    directives: root.directives + checkDirectives(operation.directives),
    cost: withPage(root, null) + writes,
    malformedString,
  };
}
