import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, isInputObjectType, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js: each operation is compiled once
 * into JavaScript that completes exactly its fields. Profiles showed graphql-js's completion
 * (it walks the query afresh for every object) to be the largest share of a large answer.
 *
 * Apollo Server takes another executor only through its gateway interface: this "gateway"
 * serves the one local schema. Parsing, validation, limits, plugins, error formatting and the
 * HTTP side stay Apollo's; only execution changes. What reaches Apollo is what graphql-js
 * would give it:
 *  - variables are checked by graphql-js first, so a bad one gets its errors (BAD_USER_INPUT,
 *    HTTP 400, the variable named);
 *  - errors are graphql-js GraphQLErrors (graphql-jit's have no `extensions` object, which
 *    Apollo's error formatting reads), keeping the resolver's error as `originalError`.
 *
 * Compiled operations live as long as Apollo keeps their parsed document: its document store
 * is a bounded LRU keyed by the query's hash and hands back the same document on every hit.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // graphql-jit does not apply an input field's default to a variable's value (graphql-js does):
  // such a variable would be refused. The schema has none; adding one must not go unnoticed.
  const defaults = Object.values(schema.getTypeMap())
    .filter(isInputObjectType)
    .flatMap((type) => Object.values(type.getFields()).filter((f) => f.defaultValue !== undefined).map((f) => `${type.name}.${f.name}`));
  if (defaults.length) throw new Error(`graphql-jit would not apply the defaults of these input fields to variables: ${defaults.join(', ')}`);

  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compiledFor = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let query = byName.get(operationName ?? '');
    // Path-based @skip/@include: without it, a fragment skipped at one place is dropped wherever else it is spread.
    if (!query) byName.set(operationName ?? '', (query = compileQuery(schema, document, operationName ?? undefined, { useExperimentalPathBasedSkipInclude: true })));
    return query;
  };

  const executor: GatewayExecutor = async ({ document, operation, request, context }) => {
    // The name the client sent: Apollo's own `operationName` is that of the operation it found,
    // null when the name given is of none in the document (graphql-js must refuse that, not run
    // the document's only operation).
    const query = compiledFor(document, request.operationName ?? null);
    // Not compiled: the document names no operation to run (several, and no operationName).
    if (!isCompiledQuery(query)) return query;
    const variables = request.variables ?? {};
    if (operation?.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables);
      if (coerced.errors) return { errors: coerced.errors };
    }
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/** graphql-jit's error as graphql-js makes it: the same message, path, locations, extensions and original error. */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}
