import type { IncomingMessage, ServerResponse } from "node:http";
import {
  GraphQLError,
  execute,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Principal } from "./auth";
import type { GraphQLContext } from "./context";
import { ErrorCode, type AppError } from "./errors";
import { introspectionRefusal, subscriptionOverHttp, usesIntrospection, type IntrospectionPolicy } from "./request-policy";
import type { RequestIds } from "./request-context";

/**
 * `/graphql` over HTTP without Express or Apollo's request pipeline: the same contract (status
 * codes, error codes, CSRF rule, body limits, masking) at a fraction of the per-request work.
 * Measured in docs/PERFORMANCE.md: Express and Apollo's pipeline were most of the floor of a
 * request; Apollo also wrapped every field resolver of the shared schema for its plugin hooks.
 *
 * What it does, in order: method and CSRF rule → who is calling (before the body is read, so a
 * stranger cannot make the server read a transcript-sized body) → body within the caller's limit,
 * nesting checked before `JSON.parse` → the document from a cache of valid documents (parsing and
 * validation depend on the text and the schema only) → operation, subscription and introspection
 * policy → execution with a fresh context → errors masked by the app's formatError.
 */

/** Who is calling, or the answer to send instead. */
export type Admission = { principal: Principal | null } | { status: number; error: AppError; headers?: Record<string, string> };

export interface GraphQLHttpDeps {
  schema: GraphQLSchema;
  /** The shared cache of valid documents (createDocumentCache). */
  documents: (query: string) => Checked;
  introspection: IntrospectionPolicy;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The caller, or the answer to send instead (status + GraphQL error); also takes the principal's rate limit. */
  admit: (req: IncomingMessage) => Admission | Promise<Admission>;
  bodyLimit: (principal: Principal | null) => number;
  /** The request's parameters once read (the request log names the operation from them). */
  onParams?: (req: IncomingMessage, params: unknown) => void;
  /** JSON nesting check (linear scan), true when the body is too deep. */
  tooDeep: (body: Buffer) => boolean;
  context: (principal: Principal | null, ids: RequestIds) => GraphQLContext;
}

/** Documents by their text, each parsed and validated once (an LRU of this many). */
const DOCUMENT_CACHE_SIZE = 1000;

/**
 * A valid document (and whether it reads the schema's introspection fields, decided once), or why
 * not. `compiled` holds its operations compiled for execution (graphql-jit), made on first use.
 */
export type Checked = { document: DocumentNode; introspection: boolean; compiled: Map<string, CompiledQuery | null> } | { errors: GraphQLError[]; status: number };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Apollo's CSRF rule: a request a browser could send cross-site without a preflight must name itself. */
const SIMPLE_CONTENT_TYPES = new Set(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]);

function mediaType(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const semi = header.indexOf(";");
  return (semi === -1 ? header : header.slice(0, semi)).trim().toLowerCase();
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, "PAYLOAD_TOO_LARGE", "Request body too large"));
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => failed || resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once("error", (error) => failed || ((failed = true), reject(error)));
    req.once("aborted", () => failed || ((failed = true), reject(new HttpError(400, "BAD_REQUEST", "Request aborted"))));
  });
}

interface Params {
  query: unknown;
  variables: unknown;
  operationName: unknown;
}

function paramsFromUrl(url: URL): Params {
  const q = url.searchParams;
  const json = (name: string) => {
    const raw = q.get(name);
    if (raw === null || raw === "") return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new HttpError(400, "BAD_REQUEST", `The ${name} search parameter contains invalid JSON.`);
    }
  };
  return { query: q.get("query") ?? undefined, variables: json("variables"), operationName: q.get("operationName") ?? undefined };
}

/**
 * Valid documents by their text, each parsed and validated once: parsing and validation depend on
 * the text and the schema only, never on the caller. One cache serves HTTP and WebSocket, so
 * thousands of dashboards sending the same document share one parsed copy (which also lets the
 * fan-out key its groups by it).
 */
export function createDocumentCache(schema: GraphQLSchema, validationRules: readonly ValidationRule[], maxTokens: number) {
  const rules = [...specifiedRules, ...validationRules];
  const documents = new Map<string, Checked>();
  return (query: string): Checked => {
    const known = documents.get(query);
    if (known) {
      // Refresh its place: the LRU keeps what dashboards send all day.
      documents.delete(query);
      documents.set(query, known);
      return known;
    }
    let checked: Checked;
    try {
      const document = parse(query, { maxTokens });
      const invalid = validate(schema, document, rules);
      checked = invalid.length ? { errors: invalid.map((e) => withCode(e, "GRAPHQL_VALIDATION_FAILED")), status: 400 } : { document, introspection: usesIntrospection(document), compiled: new Map() };
    } catch (error) {
      // Parse errors are cheap to repeat and depend on the text only, but are not cached: a stream
      // of distinct garbage must not evict the documents real clients send.
      return { errors: [withCode(error, "GRAPHQL_PARSE_FAILED")], status: 400 };
    }
    if (documents.size >= DOCUMENT_CACHE_SIZE) documents.delete(documents.keys().next().value as string);
    documents.set(query, checked);
    return checked;
  };
}

export function createGraphQLHttpHandler(deps: GraphQLHttpDeps) {
  const { schema } = deps;
  const check = deps.documents;

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((e) => deps.formatError(e.toJSON(), e));

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
    res.end(text);
  };

  const sendErrors = (res: ServerResponse, status: number, errors: readonly GraphQLError[], headers?: Record<string, string>) => send(res, status, { errors: format(errors) }, headers);

  /** The status an error asks for (`extensions.http.status`), as Apollo honoured it. */
  const statusOf = (errors: readonly GraphQLError[] | undefined, fallback: number) => {
    for (const e of errors ?? []) {
      const http = e.extensions?.http as { status?: unknown } | undefined;
      if (http && typeof http.status === "number") return http.status;
    }
    return fallback;
  };

  /**
   * The operation compiled to plain JavaScript (graphql-jit), once per cached document: the same
   * resolvers, middleware (shield) and scalars, without graphql-js's per-request interpretation of
   * the document. Null when it cannot be compiled, and then graphql-js executes it.
   */
  const compiledOperation = (checked: Extract<Checked, { document: DocumentNode }>, operation: OperationDefinitionNode): CompiledQuery | null => {
    const name = operation.name?.value ?? "";
    if (checked.compiled.has(name)) return checked.compiled.get(name)!;
    const compiled = compileQuery(schema, checked.document, operation.name?.value);
    const usable = isCompiledQuery(compiled) ? compiled : null;
    checked.compiled.set(name, usable);
    return usable;
  };

  async function run(req: IncomingMessage, res: ServerResponse, ids: RequestIds): Promise<void> {
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "POST") throw new HttpError(405, "METHOD_NOT_ALLOWED", "Only GET and POST are supported", { allow: "GET, POST" });
    const contentType = mediaType(req.headers["content-type"]);
    const preflighted =
      (method === "POST" && contentType !== undefined && !SIMPLE_CONTENT_TYPES.has(contentType)) ||
      !!req.headers["apollo-require-preflight"] ||
      !!req.headers["x-apollo-operation-name"];
    if (!preflighted) {
      throw new HttpError(
        400,
        "BAD_REQUEST",
        "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight",
      );
    }

    const admission = deps.admit(req);
    const admitted = admission instanceof Promise ? await admission : admission;
    if (!("principal" in admitted)) {
      send(res, admitted.status, { errors: [{ message: admitted.error.message, extensions: { code: admitted.error.extensions.code } }] }, admitted.headers);
      return;
    }
    const { principal } = admitted;

    let params: Params;
    if (method === "GET") {
      params = paramsFromUrl(new URL(req.url ?? "/", "http://localhost"));
    } else {
      if (contentType !== "application/json") throw new HttpError(400, "BAD_REQUEST", "POST body missing, invalid Content-Type, or JSON object has no keys.");
      const limit = deps.bodyLimit(principal);
      // Announced too large: answer now and close, so the sender stops and nothing is read.
      if (Number(req.headers["content-length"] ?? 0) > limit) throw new HttpError(413, "PAYLOAD_TOO_LARGE", "Request body too large", { connection: "close" });
      const body = await readBody(req, limit);
      if (deps.tooDeep(body)) throw new HttpError(400, "BAD_REQUEST", "Malformed request");
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString("utf8"));
      } catch {
        throw new HttpError(400, "BAD_REQUEST", "Malformed request");
      }
      if (Array.isArray(parsed)) throw new HttpError(400, "BAD_REQUEST", "Operation batching disabled.");
      if (!parsed || typeof parsed !== "object" || Object.keys(parsed).length === 0) throw new HttpError(400, "BAD_REQUEST", "POST body missing, invalid Content-Type, or JSON object has no keys.");
      params = parsed as Params;
    }

    deps.onParams?.(req, params);
    const { query, variables, operationName } = params;
    if (query === undefined || query === null || query === "") throw new HttpError(400, "BAD_REQUEST", "GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.");
    if (typeof query !== "string") throw new HttpError(400, "BAD_REQUEST", "GraphQL queries must be strings.");
    if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) throw new HttpError(400, "BAD_REQUEST", "`variables` in a POST body should be provided as an object, not a recognized JSON value.");
    if (operationName !== undefined && operationName !== null && typeof operationName !== "string") throw new HttpError(400, "BAD_REQUEST", "`operationName` in a POST body must be a string if provided.");

    const checked = check(query);
    if ("errors" in checked) return sendErrors(res, checked.status, checked.errors);
    const { document, introspection } = checked;
    const operation = getOperationAST(document, (operationName as string | null | undefined) ?? undefined) as OperationDefinitionNode | null;
    if (!operation) {
      return sendErrors(res, 400, [new GraphQLError(operationName ? `Unknown operation named "${String(operationName)}".` : "Could not determine which operation to run", { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })]);
    }
    if (method === "GET" && operation.operation !== "query") throw new HttpError(405, "BAD_REQUEST", `Can only perform a ${operation.operation} operation from a POST request.`, { allow: "POST" });
    if (operation.operation === "subscription") return sendErrors(res, 400, [subscriptionOverHttp()]);
    if (introspection) {
      const refusal = introspectionRefusal(deps.introspection, principal);
      if (refusal) return sendErrors(res, statusOf([refusal], 400), [refusal]);
    }

    const contextValue = deps.context(principal, ids);
    const variableValues = (variables as Record<string, unknown> | null | undefined) ?? undefined;
    const compiled = compiledOperation(checked, operation);
    // graphql-js's own execution (no closure per request: tsx names every one it sees made).
    const args = { schema, document, operationName: operation.name?.value ?? null, variableValues, contextValue };
    let result: ExecutionResult;
    if (compiled) {
      // Variables are checked by graphql-js first, so a caller's mistake reads exactly as before
      // (its messages, its limit of 50 errors); the compiled query then coerces the same values.
      const definitions = operation.variableDefinitions ?? [];
      const coerced: { errors?: readonly GraphQLError[] } = definitions.length === 0 ? {} : getVariableValues(schema, definitions, variableValues ?? {}, { maxErrors: 50 });
      if (coerced.errors) result = { errors: coerced.errors };
      else {
        result = await compiled.query(undefined, contextValue, variableValues ?? {});
        // Values graphql-js accepted but the compiled coercion refused (it does not apply a
        // default to a required variable, `$first: Int! = 10`): nothing ran; graphql-js runs this
        // operation from now on.
        if (result.errors?.length && result.data === undefined) {
          checked.compiled.set(operation.name?.value ?? "", null);
          result = await execute(args);
        }
      }
    } else {
      result = await execute(args);
    }
    if (result.errors?.length && result.data === undefined) {
      // Before execution started: the variables did not fit the operation (the caller's mistake).
      return sendErrors(res, statusOf(result.errors, 400), result.errors.map((e) => (e.extensions?.code ? e : withCode(e, ErrorCode.BAD_USER_INPUT))));
    }
    const body: { data?: unknown; errors?: GraphQLFormattedError[] } = { data: result.data };
    if (result.errors?.length) body.errors = format(result.errors);
    send(res, statusOf(result.errors, 200), body);
  }

  return (req: IncomingMessage, res: ServerResponse, ids: RequestIds): Promise<void> =>
    run(req, res, ids).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        send(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, error.headers);
        if (error.status === 413) res.once("finish", () => req.socket.destroy());
        return;
      }
      throw error;
    });
}

/** An error from parsing or validation, given the code Apollo would give it over HTTP. */
export function withCode(error: unknown, code: string): GraphQLError {
  if (!(error instanceof GraphQLError)) return new GraphQLError("Invalid query", { extensions: { code } });
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code: error.extensions?.code ?? code } });
}
