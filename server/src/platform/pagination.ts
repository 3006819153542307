import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { z } from "zod";
import { parseInput } from "./errors";
import { allow, fields } from "./authz";

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: "Where a page ends, for fetching the next one." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to fetch the next page." })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection and edge types for a node type: `XConnection`, `XEdge`. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a page of ${name} objects.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this edge." })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: "Edges, with cursors." })
    edges!: Edge[];

    @Field(() => [node], { description: "The nodes of the edges, for convenience." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match in all." })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Shield rules for a connection and its edge type: visible to whoever may see the parent field. */
export function connectionRules(name: string) {
  return {
    [`${name}Connection`]: fields(["edges", "nodes", "pageInfo", "totalCount"], allow),
    [`${name}Edge`]: fields(["cursor", "node"], allow),
  };
}

const cursorSchema = z
  .string()
  .max(100)
  .refine((c) => /^o:\d{1,9}$/.test(Buffer.from(c, "base64url").toString("utf8")), "is not a valid cursor");

export const pageArgsSchema = z.object({
  first: z.number().int().min(1, "must be at least 1").max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
  after: cursorSchema.nullish(),
});

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`, "utf8").toString("base64url");
const decodeCursor = (cursor: string) => Number(Buffer.from(cursor, "base64url").toString("utf8").slice(2));

export interface Page {
  limit: number;
  offset: number;
}

export function parsePage(args: { first: number; after?: string | null }): Page {
  const { first, after } = parseInput(pageArgsSchema, args, "args");
  return { limit: first, offset: after ? decodeCursor(after) + 1 : 0 };
}

export function toConnection<T>(items: T[], total: number, page: Page): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: items,
    totalCount: total,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: page.offset + items.length < total,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  };
}
