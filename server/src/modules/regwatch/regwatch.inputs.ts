import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { compileAllowlist, isAddressPermitted, parseIp } from "../../platform/outbound-address";
import { globalIdOf, optionalText, text, trimmed } from "../../platform/validation";
import { topicIdentifiers } from "./parse/identifiers";
import { isValidSelector } from "./parse/text";
import { RegwatchAlert, RegwatchTopic } from "./regwatch-alert.entity";
import { RegwatchSource } from "./regwatch-source.entity";
import { RegwatchAlertState, RegwatchPollStatus, RegwatchSeverity, RegwatchSourceKind } from "./regwatch.enums";

const interval = z.number().int().min(1, "must be at least 1 minute").max(10_080, "must be at most 10080 minutes (a week)");
const timeout = z.number().int().min(1, "must be at least 1 second").max(60, "must be at most 60 seconds");
const selector = optionalText(500).refine((s) => !s || isValidSelector(s), "is not a valid CSS selector");

/**
 * A source's address: http(s), no credentials. An IP literal in a private, loopback, link-local or
 * metadata range is refused here unless the operator's allow-list names it; host names are checked
 * at every fetch, after DNS and on every redirect, by the outbound client.
 */
const sourceUrl = (allowlist: readonly string[]) => {
  const allow = compileAllowlist(allowlist);
  return text()
    .trim()
    .min(1, "must not be empty")
    .max(2000, "must be at most 2000 characters")
    .transform((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "must be an http(s) address" });
        return z.NEVER;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        ctx.addIssue({ code: "custom", message: "must be an http(s) address" });
        return z.NEVER;
      }
      if (url.username || url.password) {
        ctx.addIssue({ code: "custom", message: "must not contain a user name or password" });
        return z.NEVER;
      }
      const host = url.hostname.replace(/^\[|\]$/g, "");
      if (parseIp(host) && !isAddressPermitted(allow, host)) {
        ctx.addIssue({ code: "custom", message: "points to a private, loopback or link-local address", params: { reason: "BLOCKED_ADDRESS" } });
        return z.NEVER;
      }
      url.hash = "";
      return url.toString();
    });
};

@InputType({ description: "A source to watch (admins)." })
export class CreateRegwatchSourceInput {
  @Field(() => String, { description: "A name for people, 1–200 characters." }) name!: string;
  @Field(() => RegwatchSourceKind, { description: "The format." }) kind!: RegwatchSourceKind;
  @Field(() => String, { description: "The address, http(s)." }) url!: string;
  @Field(() => String, { nullable: true, description: "HTML only: the CSS selector of the content region (default: the whole body)." }) selector?: string | null;
  @Field(() => Int, { description: "Minutes between polls, 1–10080." }) intervalMinutes!: number;
  @Field(() => Int, { nullable: true, description: "Seconds a fetch may take, 1–60 (default 20)." }) timeoutSeconds?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Poll it on the schedule (default true); `pollRegwatchSource` works either way." }) enabled?: boolean | null;
}

export const createRegwatchSourceSchema = (allowlist: readonly string[]) =>
  z
    .object({
      name: trimmed(1, 200),
      kind: z.enum(RegwatchSourceKind),
      url: sourceUrl(allowlist),
      selector,
      intervalMinutes: interval,
      timeoutSeconds: timeout.nullish(),
      enabled: z.boolean().nullish(),
    })
    .superRefine((v, ctx) => {
      if (v.selector && v.kind !== RegwatchSourceKind.HTML) ctx.addIssue({ code: "custom", path: ["selector"], message: "is only for HTML sources" });
    });

@InputType({ description: "Change one of your organisation's sources (admins). Omitted fields keep their value; null clears the selector." })
export class UpdateRegwatchSourceInput {
  @Field(() => ID, { description: "The source." }) id!: string;
  @Field(() => String, { nullable: true, description: "A new name." }) name?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Poll on the schedule, or not." }) enabled?: boolean | null;
  @Field(() => Int, { nullable: true, description: "Minutes between polls, 1–10080." }) intervalMinutes?: number | null;
  @Field(() => String, { nullable: true, description: "HTML only: the content region's CSS selector." }) selector?: string | null;
  @Field(() => Int, { nullable: true, description: "Seconds a fetch may take, 1–60." }) timeoutSeconds?: number | null;
}
export const updateRegwatchSourceSchema = z.object({
  id: globalIdOf("RegwatchSource"),
  name: trimmed(1, 200).nullish(),
  enabled: z.boolean().nullish(),
  intervalMinutes: interval.nullish(),
  selector,
  timeoutSeconds: timeout.nullish(),
});

@InputType({ description: "One of your organisation's sources." })
export class RegwatchSourceIdInput {
  @Field(() => ID, { description: "The source." }) id!: string;
}
export const regwatchSourceIdSchema = z.object({ id: globalIdOf("RegwatchSource") });

const topicQuery = trimmed(1, 1000).refine((q) => {
  const { identifiers, textQuery } = topicIdentifiers(q);
  return identifiers.length > 0 || /[\p{L}\p{N}]/u.test(textQuery);
}, "must contain a word, an SFS number or a CELEX id");

@InputType({ description: "A watch topic (admins)." })
export class CreateRegwatchTopicInput {
  @Field(() => String, { description: "A name for people, 1–200 characters." }) name!: string;
  @Field(() => String, { description: "Words (web-search syntax: \"phrase\", or, -word), SFS numbers (2016:1145) and CELEX ids (32014L0024), 1–1000 characters." }) query!: string;
  @Field(() => RegwatchSeverity, { nullable: true, description: "Override the severity of alerts matched through this topic." }) severity?: RegwatchSeverity | null;
}
export const createRegwatchTopicSchema = z.object({ name: trimmed(1, 200), query: topicQuery, severity: z.enum(RegwatchSeverity).nullish() });

@InputType({ description: "Change a watch topic (admins). Omitted fields keep their value; `severity: null` removes the override." })
export class UpdateRegwatchTopicInput {
  @Field(() => ID, { description: "The topic." }) id!: string;
  @Field(() => String, { nullable: true, description: "A new name." }) name?: string | null;
  @Field(() => String, { nullable: true, description: "A new query." }) query?: string | null;
  @Field(() => RegwatchSeverity, { nullable: true, description: "The severity for alerts matched through this topic; null: HIGH for a watched act, MEDIUM for words." }) severity?: RegwatchSeverity | null;
}
export const updateRegwatchTopicSchema = z.object({ id: globalIdOf("RegwatchTopic"), name: trimmed(1, 200).nullish(), query: topicQuery.nullish(), severity: z.enum(RegwatchSeverity).nullish() });

@InputType({ description: "One of your organisation's watch topics." })
export class RegwatchTopicIdInput {
  @Field(() => ID, { description: "The topic." }) id!: string;
}
export const regwatchTopicIdSchema = z.object({ id: globalIdOf("RegwatchTopic") });

@InputType({ description: "One of your organisation's alerts." })
export class RegwatchAlertIdInput {
  @Field(() => ID, { description: "The alert." }) id!: string;
}
export const regwatchAlertIdSchema = z.object({ id: globalIdOf("RegwatchAlert") });

@InputType({ description: "Dismiss an alert as not relevant, saying why." })
export class DismissRegwatchAlertInput {
  @Field(() => ID, { description: "The alert." }) id!: string;
  @Field(() => String, { description: "Why it does not concern you, 1–500 characters." }) reason!: string;
}
export const dismissRegwatchAlertSchema = z.object({ id: globalIdOf("RegwatchAlert"), reason: trimmed(1, 500) });

@InputType({ description: "Give an alert to a person to follow up, optionally as an action item of a meeting." })
export class AssignRegwatchAlertInput {
  @Field(() => ID, { description: "The alert." }) id!: string;
  @Field(() => ID, { description: "Who follows it up (an active user of your organisation)." }) userId!: string;
  @Field(() => Boolean, { nullable: true, description: "Also make them owner of an action item about it (default false)." }) createActionItem?: boolean | null;
  @Field(() => ID, { nullable: true, description: "The meeting the action item belongs to (default: the first upcoming meeting the alert matched)." }) meetingId?: string | null;
}
export const assignRegwatchAlertSchema = z.object({
  id: globalIdOf("RegwatchAlert"),
  userId: globalIdOf("User"),
  createActionItem: z.boolean().nullish(),
  meetingId: globalIdOf("Meeting").nullish(),
});

@InputType({ description: "Which alerts to list." })
export class RegwatchAlertFilter {
  @Field(() => [RegwatchSeverity], { nullable: true, description: "Only these severities." }) severity?: RegwatchSeverity[] | null;
  @Field(() => [RegwatchAlertState], { nullable: true, description: "Only these states." }) state?: RegwatchAlertState[] | null;
  @Field(() => ID, { nullable: true, description: "Only alerts that matched this topic." }) topicId?: string | null;
}
export const regwatchAlertFilterSchema = z
  .object({
    severity: z.array(z.enum(RegwatchSeverity)).max(3).nullish(),
    state: z.array(z.enum(RegwatchAlertState)).max(4).nullish(),
    topicId: globalIdOf("RegwatchTopic").nullish(),
  })
  .nullish();

@InputType({ description: "Which live alerts to receive." })
export class RegwatchAlertSubscriptionFilter {
  @Field(() => [RegwatchSeverity], { nullable: true, description: "Only these severities." }) severity?: RegwatchSeverity[] | null;
  @Field(() => ID, { nullable: true, description: "Only alerts that matched this topic." }) topicId?: string | null;
}
export const regwatchAlertSubscriptionFilterSchema = z
  .object({ severity: z.array(z.enum(RegwatchSeverity)).max(3).nullish(), topicId: globalIdOf("RegwatchTopic").nullish() })
  .nullish();

@ObjectType({ description: "A source, after a change." })
export class RegwatchSourcePayload {
  @Field(() => RegwatchSource, { nullable: true, description: "The source." }) source!: RegwatchSource | null;
}

@ObjectType({ description: "Result of deleting a source (its items, versions and alerts go with it)." })
export class DeleteRegwatchSourcePayload {
  @Field(() => ID, { description: "The deleted source's id." }) deletedSourceId!: string;
}

@ObjectType({ description: "What a poll did." })
export class RegwatchPollPayload {
  @Field(() => RegwatchPollStatus, { description: "OK, NOT_MODIFIED (304: nothing fetched) or FAILED." }) status!: RegwatchPollStatus;
  @Field(() => String, { nullable: true, description: "Why it failed: TIMEOUT, TOO_LARGE, BLOCKED_ADDRESS, DNS_FAILED, HTTP_<status>, MALFORMED_XML, MALFORMED_JSON, UNEXPECTED_FORMAT, SELECTOR_NOT_FOUND, …" }) errorCode!: string | null;
  @Field(() => Int, { description: "Items seen for the first time." }) newItems!: number;
  @Field(() => Int, { description: "Versions stored (new items and changed ones)." }) newVersions!: number;
  @Field(() => Int, { description: "Alerts created, for every organisation the versions concern." }) alerts!: number;
  @Field(() => RegwatchSource, { nullable: true, description: "The source, with its health after the poll." }) source!: RegwatchSource | null;
}

@ObjectType({ description: "A watch topic, after a change." })
export class RegwatchTopicPayload {
  @Field(() => RegwatchTopic, { nullable: true, description: "The topic." }) topic!: RegwatchTopic | null;
}

@ObjectType({ description: "Result of deleting a topic (alerts it matched keep its name)." })
export class DeleteRegwatchTopicPayload {
  @Field(() => ID, { description: "The deleted topic's id." }) deletedTopicId!: string;
}

@ObjectType({ description: "An alert, after a change." })
export class RegwatchAlertPayload {
  @Field(() => RegwatchAlert, { nullable: true, description: "The alert." }) alert!: RegwatchAlert | null;
}
