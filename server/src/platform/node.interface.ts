import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({
  description: "An object with an opaque global id, fetchable with `node(id:)`.",
  resolveType: (value: { typename?: string }) => value.typename,
})
export abstract class Node {
  @Field(() => ID, { name: "id", description: "Opaque global id." })
  globalId!: string;
}
