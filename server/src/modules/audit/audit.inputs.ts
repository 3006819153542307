import { ArgsType, Field, InputType, Int } from "type-graphql";
import { z } from "zod";
import { AuditAction } from "./audit-event.entity";

@InputType({ description: "Which audit events to list." })
export class AuditEventFilter {
  @Field(() => [AuditAction], { nullable: true, description: "Only these kinds (at most 20; empty or absent: every kind)." })
  actions?: AuditAction[] | null;
}
export const auditEventFilterSchema = z
  .object({ actions: z.array(z.enum(AuditAction)).max(20, "must list at most 20 kinds").nullish() })
  .nullish();
export type AuditEventFilterValues = z.infer<typeof auditEventFilterSchema>;

@ArgsType()
export class AuditEventArgs {
  @Field(() => Int, { description: "Page size, 1–100." }) first!: number;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge seen." }) after?: string | null;
  @Field(() => AuditEventFilter, { nullable: true, description: "Kinds of event to include." }) filter?: AuditEventFilter | null;
}
