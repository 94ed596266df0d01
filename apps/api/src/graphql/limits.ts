/**
 * Limits that refuse an abusive operation before it reaches a resolver (so before any SQL):
 * tokens, depth, aliases, directives and cost. Each refusal is QUERY_TOO_COMPLEX with HTTP 400,
 * naming the limit, its maximum and (where known) what the operation had. docs/partners.md
 * lists the numbers and how the legitimate heavy queries measure against them
 * (test/limits.test.ts checks both).
 */
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export const LIMITS = {
  /** Lexical tokens in the query text (names, punctuation, values). */
  tokens: 2000,
  /** Nesting of fields, fragments counting as a level. The portal's deepest query is 7. */
  depth: 10,
  /** Nesting inside `__schema` (introspection): the standard introspection query is 21 deep. */
  introspectionDepth: 30,
  /** Aliased fields in one operation. */
  aliases: 15,
  /** Directives (@include, @skip, …) in one operation. */
  directives: 10,
  /**
   * Estimated cost: about the number of values in the answer (see `queryCost`). The full
   * catalogue with counterparts, the heaviest legitimate query, costs about 320,000.
   */
  cost: 750_000,
  /** Page size of a connection (`first`): also enforced by the field itself. */
  pageSize: 100,
  /** Bytes of a request body. */
  bodyBytes: 100 * 1024,
} as const;

/** What a list of objects is assumed to hold when the query does not say (`first`). */
export const DEFAULT_LIST_SIZE = 10;
/** A connection's page when `first` is not given (as `groups` does). */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Expected lengths of the lists of this schema with all 43 forces catalogued (about 15 groups
 * each): the cost of a query multiplies what a list holds by its length. Lists not named here
 * count DEFAULT_LIST_SIZE.
 */
export const LIST_SIZES: Record<string, number> = {
  'Query.regions': 10,
  'Query.forces': 43,
  'Query.nationalBodies': 30,
  'Region.forces': 6,
  'Force.groups': 15,
  'NationalBody.groups': 43,
  'Group.counterparts': 50,
  'Coverage.forces': 43,
  'Coverage.rows': 43,
  'CoverageRow.cells': 9,
  'CoverageCell.groups': 3,
  // A connection's lists are paged: `first` on the connection field already multiplies them.
  'GroupConnection.edges': 1,
  'GroupConnection.nodes': 1,
  // Introspection: averages of this schema (69 types, 249 fields) with room to grow.
  '__Schema.types': 100,
  '__Schema.directives': 8,
  '__Type.fields': 8,
  '__Type.inputFields': 5,
  '__Type.enumValues': 5,
  '__Type.interfaces': 1,
  '__Type.possibleTypes': 2,
  '__Field.args': 2,
  '__Directive.args': 2,
};

/** A refusal by one of the limits: QUERY_TOO_COMPLEX, HTTP 400. */
export function limitError(limit: keyof typeof LIMITS, max: number, found?: number): GraphQLError {
  const what = limit === 'cost' ? 'cost' : limit === 'tokens' ? 'token' : limit;
  return new GraphQLError(
    `Query ${what} limit of ${max} exceeded${found !== undefined ? `, found ${found}` : ''}: ask for less in one operation (docs/partners.md#limits)`,
    { extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...(found !== undefined ? { found } : {}), http: { status: 400 } } },
  );
}

/** graphql-armor reports through these: our error instead of its own, and no throw. */
function reportAs(limit: keyof typeof LIMITS, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        ctx?.reportError(limitError(limit, max, found === undefined ? undefined : Number(found)));
      },
    ],
  };
}

const TOKEN_LIMIT_MESSAGE = /Document contains more that (\d+) tokens/;

/**
 * Gives refusals by the limits their code: Apollo files validation and parse errors under its
 * own codes (GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED). Returns undefined for others.
 */
export function formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const ext = formatted.extensions ?? {};
  if (typeof ext.limit === 'string' && typeof ext.max === 'number') {
    const { limit, max, found } = ext;
    return { message: formatted.message, extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...(found !== undefined ? { found } : {}) } };
  }
  // graphql-js's own rule: `fields`, `interfaces`, `possibleTypes`, `inputFields` nested at most 3 deep.
  if (ext.code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message === 'Maximum introspection depth exceeded') {
    return {
      message: 'Introspection nests too deep: fields, interfaces, possibleTypes and inputFields at most 3 levels (docs/partners.md#limits)',
      extensions: { code: QUERY_TOO_COMPLEX, limit: 'introspectionDepth', max: 3 },
    };
  }
  if (ext.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    const { message, extensions } = limitError('tokens', LIMITS.tokens);
    const { http: _http, ...rest } = extensions;
    return { message, extensions: rest };
  }
  return undefined;
}

function intArgument(node: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : arg.value.kind === Kind.INT ? arg.value.value : undefined;
  const n = Number(value);
  return value === null || value === undefined || !Number.isFinite(n) ? undefined : n;
}

/**
 * The operation's document with every list of objects given the length it is expected to
 * have, as a `first` argument: from the query's own `first`/`last` (a literal or a variable,
 * capped at the page size), or from LIST_SIZES. graphql-armor's cost rule multiplies by `first`.
 */
function withListSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return undefined;
        let size: number | undefined;
        if (field.args.some((a) => a.name === 'first')) {
          const asked = intArgument(node, 'first', variables) ?? intArgument(node, 'last', variables);
          size = Math.min(Math.max(asked ?? LIST_SIZES[`${parent.name}.${field.name}`] ?? DEFAULT_PAGE_SIZE, 1), LIMITS.pageSize);
        } else if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type))) {
          size = LIST_SIZES[`${parent.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
        }
        if (size === undefined) return undefined;
        const first: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(size) } };
        const others = (node.arguments ?? []).filter((a) => a.name.value !== 'first' && a.name.value !== 'last');
        return { ...node, arguments: [...others, first] };
      },
    }),
  );
}

/**
 * The cost of the operations in a document, by graphql-armor's cost rule (an object 2, a
 * scalar 1) over the document with list lengths filled in, so that a list multiplies the cost
 * of what it holds: about the number of values in the answer. Introspection counts too.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  let cost = 0;
  validate(schema, withListSizes(schema, document, variables), [
    costLimitRule({
      maxCost: Number.POSITIVE_INFINITY,
      objectCost: 2,
      scalarCost: 1,
      // Lists carry the weight; depth is limited on its own.
      depthCostFactor: 1,
      ignoreIntrospection: false,
      propagateOnRejection: false,
      onAccept: [(_ctx: ValidationContext | null, { n }: { n: number }) => void (cost = Math.max(cost, n))],
    }),
  ]);
  return Math.round(cost);
}

/** The variables a document passes to `first` / `last`: the only ones its cost depends on. */
function listSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Costs remembered per document and per value of its list-size variables (most documents have none). */
const MAX_COSTS_PER_DOCUMENT = 32;
const knownCosts = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();

/**
 * queryCost, computed once per document (Apollo hands the same parsed document to every request
 * of the same query text) and value of its `first`/`last` variables: the cost walk was a tenth
 * of a small request's time.
 */
export function cachedQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  let known = knownCosts.get(document);
  if (!known) knownCosts.set(document, (known = { variables: listSizeVariables(document), costs: new Map() }));
  const key = JSON.stringify(known.variables.map((name) => variables[name] ?? null));
  let cost = known.costs.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, document, variables);
    if (known.costs.size < MAX_COSTS_PER_DOCUMENT) known.costs.set(key, cost);
  }
  return cost;
}

/** Refuses an operation over the cost limit once its variables are known (validation rules never see them). */
const costLimitPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, response }) {
        const cost = cachedQueryCost(schema, document, request.variables ?? {});
        response.http.headers.set('x-query-cost', String(cost));
        if (cost > LIMITS.cost) throw limitError('cost', LIMITS.cost, cost);
      },
    };
  },
};

function usesSchemaIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema') found = true;
    },
  });
  return found;
}

export type LimitOptions = Pick<
  ApolloServerOptions<BaseContext>,
  'parseOptions' | 'validationRules' | 'allowBatchedHttpRequests' | 'csrfPrevention' | 'introspection'
> & { plugins: ApolloServerPlugin<BaseContext>[] };

/**
 * The ApolloServer options that enforce the limits: parse with a token limit; validate depth,
 * aliases and directives (graphql-armor); cost once variables are known; no batching; CSRF
 * prevention; introspection on (bounded like everything else); field suggestions hidden in
 * production (graphql-armor).
 */
export function limitOptions(production: boolean): LimitOptions {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: production },
    // graphql-js counts tokens while it parses (parseOptions below): one parse, not two.
    maxTokens: { enabled: false },
    // Replaced by costLimitPlugin, which sees the variables (a `first: $n` multiplies too).
    costLimit: { enabled: false },
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: false, ...reportAs('depth', LIMITS.depth) },
    maxAliases: { n: LIMITS.aliases, ...reportAs('aliases', LIMITS.aliases) },
    maxDirectives: { n: LIMITS.directives, ...reportAs('directives', LIMITS.directives) },
  });
  const protection = armor.protect();
  // graphql-armor's types name Apollo's CommonJS build; the objects are the same at run time.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<BaseContext>[];
  // The depth rule above leaves `__schema` out (the standard introspection query is 21 deep);
  // this one bounds it, for documents that use it (others are covered above).
  const introspectionDepth = maxDepthRule({ n: LIMITS.introspectionDepth, ignoreIntrospection: false, ...reportAs('depth', LIMITS.introspectionDepth) });
  const validationRules: ValidationRule[] = [
    ...protection.validationRules,
    (ctx) => (usesSchemaIntrospection(ctx.getDocument()) ? introspectionDepth(ctx) : {}),
  ];
  return {
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules,
    plugins: [...armorPlugins, costLimitPlugin],
    allowBatchedHttpRequests: false,
    // Apollo's default, stated: a GET, or a POST a browser could send cross-site without a
    // preflight (text/plain, forms), needs a `content-type: application/json` or an
    // `apollo-require-preflight` header.
    csrfPrevention: true,
    introspection: true,
  };
}
