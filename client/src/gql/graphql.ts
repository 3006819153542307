/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How to order action items. */
export type ActionItemOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: ActionItemOrderField;
};

/** What to sort action items by. */
export type ActionItemOrderField =
  | 'DUE_DATE'
  | 'UPDATED_AT';

/** Whether an action item is still to be done. */
export type ActionItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** Add a stakeholder, or a user of the organisation, to a meeting: exactly one of stakeholderId and userId. */
export type AddParticipantInput = {
  /** The meeting. */
  meetingId: string;
  /** Role in the meeting. */
  role?: string | null | undefined;
  /** The stakeholder. */
  stakeholderId?: string | null | undefined;
  /** A user of the organisation: they take part as the stakeholder with their e-mail address (created from their name and address when there is none). */
  userId?: string | null | undefined;
};

/** READ acts as a viewer; WRITE as an editor. */
export type ApiTokenScope =
  | 'READ'
  | 'WRITE';

/** Give an action item to a user, or to nobody. */
export type AssignActionItemInput = {
  /** The action item. */
  id: string;
  /** The new owner; null leaves it unowned. */
  ownerId?: string | null | undefined;
};

/** Give an alert to a person to follow up, optionally as an action item of a meeting. */
export type AssignRegwatchAlertInput = {
  /** Also make them owner of an action item about it (default false). */
  createActionItem?: boolean | null | undefined;
  /** The alert. */
  id: string;
  /** The meeting the action item belongs to (default: the first upcoming meeting the alert matched). */
  meetingId?: string | null | undefined;
  /** Who follows it up (an active user of your organisation). */
  userId: string;
};

/** A transcript file's text to attach to a meeting. */
export type AttachTranscriptInput = {
  /** The file's text (WebVTT, SRT or plain text), at most TRANSCRIPT_MAX_BYTES bytes of UTF-8. */
  content: string;
  /** The file's name, for people. */
  filename?: string | null | undefined;
  /** The format; detected when omitted. */
  format?: TranscriptFormat | null | undefined;
  /** The meeting. */
  meetingId: string;
  /** Speaker labels mapped to participants (see transcriptSpeakers); the consent gate and the extraction then see the participants' names. */
  speakerMap?: Array<SpeakerMappingInput> | null | undefined;
};

/** What an audit event records. New kinds may be added; clients show an unknown one by its name. */
export type AuditAction =
  /** A participant's consent changed. */
  | 'CONSENT_CHANGED'
  /** A queued analysis run stopped at the consent gate. */
  | 'EXTRACTION_REFUSED_CONSENT'
  /** An analysis run was refused: the meeting is sensitive and the AI provider is not local. */
  | 'EXTRACTION_REFUSED_SENSITIVE'
  /** An admin dismissed a dead letter. */
  | 'JOB_DISCARDED'
  /** An admin put a dead letter back on the queue. */
  | 'JOB_REPLAYED'
  /** A participant was removed from a meeting. */
  | 'PARTICIPANT_REMOVED'
  /** A meeting's sensitivity changed. */
  | 'SENSITIVITY_CHANGED'
  /** A transcript was attached to a meeting. */
  | 'TRANSCRIPT_ATTACHED'
  /** A transcript and what was made from it were deleted because consent was withdrawn. */
  | 'TRANSCRIPT_DELETED_CONSENT_WITHDRAWN'
  /** A transcript was refused because a participant or speaker lacked consent. */
  | 'TRANSCRIPT_REFUSED_CONSENT'
  /** An admin added a user. */
  | 'USER_CREATED'
  /** An admin deactivated a user. */
  | 'USER_DEACTIVATED'
  /** An admin reactivated a user. */
  | 'USER_REACTIVATED'
  /** An admin changed a user's role. */
  | 'USER_ROLE_CHANGED';

/** Who acted: a signed-in person, an integrator API token (acting for the admin who created it), or a system job. */
export type AuditActorKind =
  | 'API_TOKEN'
  | 'SYSTEM'
  | 'USER';

/** Which audit events to list. */
export type AuditEventFilter = {
  /** Only these kinds (at most 20; empty or absent: every kind). */
  actions?: Array<AuditAction> | null | undefined;
};

/** Mark the nudged item blocked; the meeting's organiser sees the reason. */
export type BlockNudgeInput = {
  /** The nudge. */
  id: string;
  /** What blocks it, 1–500 characters. */
  reason: string;
};

/** PRE: before the meeting; POST: after it. */
export type BriefKind =
  | 'POST'
  | 'PRE';

/** How a calendar feed's last poll went. */
export type CalendarFeedStatus =
  /** Not fetched or not imported; `lastErrorCode` says why. */
  | 'FAILED'
  /** The server answered 304 Not Modified: nothing to import. */
  | 'NOT_MODIFIED'
  /** Fetched and imported. */
  | 'OK';

/** Strike an action item: it is no longer to be done (it can be reopened). */
export type CancelActionItemInput = {
  /** The action item. */
  id: string;
};

/** Mark an action item done. */
export type CompleteActionItemInput = {
  /** The action item. */
  id: string;
};

/** Map the speakers of a transcription that is waiting for it, and attach the transcript. */
export type CompleteSpeechTranscriptionInput = {
  /** The speech transcription. */
  id: string;
  /** Each label that is not a participant's name, mapped to a participant of the meeting. */
  speakerMap: Array<SpeakerMappingInput>;
};

/** A participant's consent to recording and AI processing of the meeting. */
export type ConsentStatus =
  | 'DECLINED'
  | 'GRANTED'
  | 'PENDING';

/** A new action item in a meeting. */
export type CreateActionItemInput = {
  /** Due date, YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** The meeting. */
  meetingId: string;
  /** The user who owns it. */
  ownerId?: string | null | undefined;
  /** What is to be done, 1–500 characters. */
  title: string;
};

/** A new integrator API token. */
export type CreateApiTokenInput = {
  /** Days until it expires, 1–365. */
  expiresInDays: number;
  /** A label, e.g. the integration's name. */
  label: string;
  /** READ and/or WRITE. */
  scopes: Array<ApiTokenScope>;
};

/** A calendar to subscribe to. */
export type CreateCalendarFeedInput = {
  /** A name for people, 1–200 characters. */
  name: string;
  /** The ICS address: http(s):// or webcal:// (fetched as https://). */
  url: string;
};

/** A new decision in a meeting. */
export type CreateDecisionInput = {
  /** When it was decided. */
  decidedAt?: string | null | undefined;
  /** The meeting. */
  meetingId: string;
  /** The decision, 1–2000 characters. */
  text: string;
};

/** A new meeting. */
export type CreateMeetingInput = {
  /** Agenda items, in order. */
  agendaItems?: Array<string> | null | undefined;
  /** End time, after the start. */
  endsAt?: string | null | undefined;
  /** Room or link. */
  location?: string | null | undefined;
  /** Default NORMAL. */
  sensitivity?: Sensitivity | null | undefined;
  /** Start time. */
  startsAt: string;
  /** Title, 1–300 characters. */
  title: string;
};

/** Save a scenario for the organisation. */
export type CreateProcurementScenarioInput = {
  /** Name, 1–200 characters. */
  name: string;
  /** The scenario; validated exactly as `simulateProcurement` validates it. */
  scenario: ProcurementScenarioInput;
};

/** A source to watch (admins). */
export type CreateRegwatchSourceInput = {
  /** Poll it on the schedule (default true); `pollRegwatchSource` works either way. */
  enabled?: boolean | null | undefined;
  /** Minutes between polls, 1–10080. */
  intervalMinutes: number;
  /** The format. */
  kind: RegwatchSourceKind;
  /** A name for people, 1–200 characters. */
  name: string;
  /** HTML only: the CSS selector of the content region (default: the whole body). */
  selector?: string | null | undefined;
  /** Seconds a fetch may take, 1–60 (default 20). */
  timeoutSeconds?: number | null | undefined;
  /** The address, http(s). */
  url: string;
};

/** A watch topic (admins). */
export type CreateRegwatchTopicInput = {
  /** A name for people, 1–200 characters. */
  name: string;
  /** Words (web-search syntax: "phrase", or, -word), SFS numbers (2016:1145) and CELEX ids (32014L0024), 1–1000 characters. */
  query: string;
  /** Override the severity of alerts matched through this topic. */
  severity?: RegwatchSeverity | null | undefined;
};

/** A new stakeholder. */
export type CreateStakeholderInput = {
  /** E-mail. */
  email?: string | null | undefined;
  /** Influence 1–5. */
  influence?: number | null | undefined;
  /** Interest 1–5. */
  interest?: number | null | undefined;
  /** Full name. */
  name: string;
  /** Notes. */
  notes?: string | null | undefined;
  /** Their organisation. */
  organization?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** Job title. */
  title?: string | null | undefined;
};

/** Invite a user to the organisation. */
export type CreateUserInput = {
  /** E-mail address. */
  email: string;
  /** Full name. */
  name: string;
  /** Role. */
  role: Role;
};

/** Replay or discard one dead letter. */
export type DeadLetterInput = {
  /** The dead letter. */
  id: string;
};

/** Where a dead letter stands. */
export type DeadLetterStatus =
  /** Waiting for an admin: replay it once the cause is fixed, or discard it. */
  | 'DEAD'
  /** Dismissed by an admin. */
  | 'DISCARDED'
  /** Put back on the queue by an admin. */
  | 'REPLAYED';

/** Stop polling a calendar. Its meetings stay. */
export type DeleteCalendarFeedInput = {
  /** The feed. */
  id: string;
};

/** Delete a saved scenario. */
export type DeleteProcurementScenarioInput = {
  /** The saved scenario. */
  id: string;
};

/** Dismiss an alert as not relevant, saying why. */
export type DismissRegwatchAlertInput = {
  /** The alert. */
  id: string;
  /** Why it does not concern you, 1–500 characters. */
  reason: string;
};

/** Where an extraction run is. */
export type ExtractionRunStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Generate the post-meeting brief from the meeting's stored decisions and action items. */
export type GeneratePostBriefInput = {
  /** The meeting. */
  meetingId: string;
};

/** Generate the pre-meeting brief now: participants, their open action items, earlier decisions on the same matter. */
export type GeneratePreBriefInput = {
  /** The meeting. */
  meetingId: string;
};

/** An iCalendar file (RFC 5545) to import. */
export type ImportCalendarInput = {
  /** The file's text (.ics), at most 1 MiB of UTF-8. */
  ics: string;
};

/** Which meetings to list. */
export type MeetingFilter = {
  /** Meetings starting at or after this time. */
  from?: string | null | undefined;
  /** Only meetings this stakeholder takes part in. */
  participant?: string | null | undefined;
  /** Words in the title, agenda or place (Swedish full text: every word must match, as a word or the start of one; inflections match). */
  search?: string | null | undefined;
  /** Only meetings of this sensitivity. */
  sensitivity?: Sensitivity | null | undefined;
  /** Only these statuses. */
  status?: Array<MeetingStatus> | null | undefined;
  /** Meetings starting before this time. */
  to?: string | null | undefined;
};

/** How to order meetings. */
export type MeetingOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: MeetingOrderField;
};

/** What to sort meetings by. */
export type MeetingOrderField =
  | 'STARTS_AT'
  | 'TITLE';

/** Where a meeting is in its life. */
export type MeetingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

/** Where a nudge is delivered besides the app. */
export type NudgeChannel =
  | 'EMAIL'
  | 'SLACK'
  | 'TEAMS';

/** Where one channel's delivery of a nudge stands. */
export type NudgeDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

/** Which of your nudges to list. */
export type NudgeFilter = {
  /** true: only unread; false: only read. */
  unread?: boolean | null | undefined;
};

/** One of your nudges. */
export type NudgeIdInput = {
  /** The nudge. */
  id: string;
};

/** Why a nudge was sent. */
export type NudgeKind =
  /** To the meeting's organiser: the owner marked the item blocked, with a reason. */
  | 'BLOCKED'
  /** The item is due on the next working day (or today). */
  | 'DUE_SOON'
  /** To the meeting's organiser: the owner left a second nudge unanswered. */
  | 'ESCALATION'
  /** The item is past its due date. */
  | 'OVERDUE'
  /** The owner's open item has seen no progress for the organisation's window (default 48 working hours). */
  | 'STALLED';

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Poll a calendar now. */
export type PollCalendarFeedInput = {
  /** The feed. */
  id: string;
};

/** Who buys; decides which threshold and which act (LOU or LUF) apply. */
export type ProcurementAuthorityType =
  /** Central government authority (statlig myndighet). */
  | 'CENTRAL'
  /** Other contracting authority, e.g. a municipality or region. */
  | 'SUB_CENTRAL'
  /** Utility under LUF (water, energy, transport, postal services). */
  | 'UTILITY';

/** A (hypothetical) bid to rank. */
export type ProcurementBidInput = {
  /** The highest possible score, greater than 0. */
  maxScore: number;
  /** Price in SEK excl. VAT, greater than 0. */
  priceSek: number;
  /** One score for every evaluation criterion (at most 20). */
  scores: Array<ProcurementCriterionScoreInput>;
  /** The supplier, at most 200 characters; unique within the scenario. */
  supplier: string;
};

/** A part of the result that two scenarios are compared on. */
export type ProcurementComparedField =
  /** result.timeline.earliestAwardDate */
  | 'EARLIEST_AWARD_DATE'
  /** result.timeline.earliestContractDate */
  | 'EARLIEST_CONTRACT_DATE'
  /** result.timeline.minTenderDays */
  | 'MIN_TENDER_DAYS'
  /** result.regime */
  | 'REGIME'
  /** result.timeline.standstillDays */
  | 'STANDSTILL_DAYS'
  /** result.thresholdSek */
  | 'THRESHOLD_SEK'
  /** The supplier(s) ranked first; tied winners joined by ", ". */
  | 'WINNER';

/** What is being bought. */
export type ProcurementContractType =
  /** Supplies (varor). */
  | 'GOODS'
  /** Services (tjänster). */
  | 'SERVICES'
  /** Social and other specific services (LOU ch. 19). */
  | 'SOCIAL_SERVICES'
  /** Works (byggentreprenader). */
  | 'WORKS';

/** A bid's score on one criterion. */
export type ProcurementCriterionScoreInput = {
  /** The criterion's id; each criterion once per bid. */
  criterionId: string;
  /** The score, 0–maxScore. */
  score: number;
};

/** A quality criterion of the evaluation. */
export type ProcurementEvaluationCriterionInput = {
  /** Id that bids' scores refer to, at most 200 characters; unique. */
  id: string;
  /** SEK deducted per full score; required by ADDED_VALUE. */
  maxAddedValueSek?: number | null | undefined;
  /** Name shown to people, at most 200 characters. */
  name: string;
  /** Weight in points, 0–100 (ignored by LOWEST_PRICE and ADDED_VALUE). */
  weight: number;
};

/** How tenders are evaluated; the formulas are in docs/PROCUREMENT.md. */
export type ProcurementEvaluationModel =
  /** Absolute points: price points on a fixed floor–ceiling scale + quality points; highest wins. */
  | 'ABSOLUTE_POINTS'
  /** Added value (mervärdesmodell): price − Σ maxAddedValueSek × score / maxScore; lowest wins. */
  | 'ADDED_VALUE'
  /** Lowest price wins; comparisonValue = price. */
  | 'LOWEST_PRICE'
  /** Relative points: priceWeight × lowestPrice / price + quality points; highest wins. */
  | 'RELATIVE_POINTS';

/** The evaluation model and its weights. */
export type ProcurementEvaluationSetupInput = {
  /** Quality criteria, in order; at most 20, may be empty. */
  criteria: Array<ProcurementEvaluationCriterionInput>;
  /** The model. */
  model: ProcurementEvaluationModel;
  /** Price at or above which a bid gets no price points; required by ABSOLUTE_POINTS. */
  priceCeilingSek?: number | null | undefined;
  /** Price at or below which a bid gets full price points; required by ABSOLUTE_POINTS. */
  priceFloorSek?: number | null | undefined;
  /** Price weight in points, 0–100. */
  priceWeight: number;
};

/** Procurement procedure (upphandlingsförfarande). */
export type ProcurementProcedure =
  /** Competitive dialogue (konkurrenspräglad dialog). */
  | 'COMPETITIVE_DIALOGUE'
  /** Direct award (direktupphandling), without a notice. */
  | 'DIRECT_AWARD'
  /** Innovation partnership (innovationspartnerskap). */
  | 'INNOVATION_PARTNERSHIP'
  /** Negotiated procedure with prior publication (förhandlat förfarande med föregående annonsering). */
  | 'NEGOTIATED_WITH_NOTICE'
  /** Open procedure (öppet förfarande). */
  | 'OPEN'
  /** Restricted procedure (selektivt förfarande). */
  | 'RESTRICTED'
  /** Selective procedure (urvalsförfarande), below the thresholds. */
  | 'SELECTION'
  /** Simplified procedure (förenklat förfarande), below the thresholds. */
  | 'SIMPLIFIED';

/** Which set of rules applies to the procurement's estimated value. */
export type ProcurementRegime =
  /** At or above the EU threshold: the directive-based procedures and time limits apply. */
  | 'ABOVE_THRESHOLD'
  /** Above the direct award limit but below the EU threshold (LOU ch. 19). */
  | 'BELOW_THRESHOLD'
  /** At or below the direct award limit (direktupphandlingsgränsen). */
  | 'DIRECT_AWARD_ALLOWED';

/** A procurement scenario to simulate (same fields as the CLI's scenario JSON). */
export type ProcurementScenarioInput = {
  /** Who buys. */
  authority: ProcurementAuthorityType;
  /** Award decision sent electronically (10 standstill days, else 15); defaults to electronicSubmission. */
  awardDecisionSentElectronically?: boolean | null | undefined;
  /** Hypothetical bids to rank, at most 50 over GraphQL. */
  bids?: Array<ProcurementBidInput> | null | undefined;
  /** What is being bought. */
  contractType: ProcurementContractType;
  /** Tenders may be submitted electronically. */
  electronicSubmission: boolean;
  /** Whole contract value excl. VAT in SEK, including options and extensions; ≥ 0. */
  estimatedValueSek: number;
  /** Evaluation model; bids without one are ranked by lowest price. */
  evaluation?: ProcurementEvaluationSetupInput | null | undefined;
  /** Assumed days from tender deadline to award decision, 0–365 (default 10). */
  evaluationDays?: number | null | undefined;
  /** A prior information notice was published. */
  priorInformationNotice: boolean;
  /** Chosen procedure; omit to get a recommendation. */
  procedure?: ProcurementProcedure | null | undefined;
  /** Purchases of the same kind are made this fiscal year (splitting risk). */
  similarPurchasesThisYear?: boolean | null | undefined;
  /** Value of those purchases in SEK, added up against the direct award limit. */
  similarPurchasesValueSek?: number | null | undefined;
  /** Day the notice is sent (or direct award starts), YYYY-MM-DD. */
  startDate: string;
  /** Duly substantiated urgency shortens the time limits. */
  urgency: boolean;
};

/** Stable code of a simulator warning; the message is in Swedish. */
export type ProcurementWarningCode =
  /** Bids without an evaluation setup were ranked by lowest price. */
  | 'EVALUATION_DEFAULTED'
  /** The value is within 10 % below a threshold or limit. */
  | 'NEAR_THRESHOLD'
  /** The chosen procedure is not allowed for this value. */
  | 'PROCEDURE_NOT_ALLOWED'
  /** The chosen procedure needs specific legal grounds above the threshold. */
  | 'PROCEDURE_REQUIRES_GROUNDS'
  /** Relative points: removing one bid changes the order of the others. */
  | 'RANK_REVERSAL'
  /** Below the thresholds the tender period is a recommendation (skälig tid). */
  | 'REASONABLE_TIME_RECOMMENDATION'
  /** The start date lies outside every rules table's validity period. */
  | 'RULES_OUT_OF_PERIOD'
  /** The SEK threshold used is not yet checked against its source. */
  | 'SEK_THRESHOLD_UNVERIFIED'
  /** Similar purchases this fiscal year: the values may have to be added up. */
  | 'SPLITTING_RISK'
  /** Bids share a rank. */
  | 'TIE'
  /** Price and quality weights do not add up to 100. */
  | 'WEIGHTS_NOT_100';

/** Give the nudged item to someone else. */
export type ReassignNudgeInput = {
  /** The nudge. */
  id: string;
  /** The new owner (a user of your organisation). */
  ownerId: string;
};

/** Which alerts to list. */
export type RegwatchAlertFilter = {
  /** Only these severities. */
  severity?: Array<RegwatchSeverity> | null | undefined;
  /** Only these states. */
  state?: Array<RegwatchAlertState> | null | undefined;
  /** Only alerts that matched this topic. */
  topicId?: string | null | undefined;
};

/** One of your organisation's alerts. */
export type RegwatchAlertIdInput = {
  /** The alert. */
  id: string;
};

/** Where the organisation stands on an alert. */
export type RegwatchAlertState =
  /** Seen; nothing more to do. */
  | 'ACKNOWLEDGED'
  /** Given to a person to follow up (optionally as an action item). */
  | 'ASSIGNED'
  /** Not relevant, with a reason. */
  | 'DISMISSED'
  /** Nobody has looked at it yet. */
  | 'NEW';

/** Which live alerts to receive. */
export type RegwatchAlertSubscriptionFilter = {
  /** Only these severities. */
  severity?: Array<RegwatchSeverity> | null | undefined;
  /** Only alerts that matched this topic. */
  topicId?: string | null | undefined;
};

/** What kind of change a version is, compared with the one before it. */
export type RegwatchChangeType =
  /** The text changed. */
  | 'AMENDED'
  /** A correction ("rättelse", "rättelseblad") or a change of punctuation and spacing only. */
  | 'CORRECTION'
  /** Title or dates changed; the text is the same. */
  | 'METADATA_ONLY'
  /** The first version seen of this item. */
  | 'NEW'
  /** The act is repealed (the text says "upphävs"/"upphör att gälla", or the feed says so). */
  | 'REPEALED';

/** What an item's identifier is. */
export type RegwatchIdentifierKind =
  /** An EU CELEX number, e.g. 32014L0024. */
  | 'CELEX'
  /** A European Legislation Identifier path, e.g. eli/dir/2014/24/oj. */
  | 'ELI'
  /** Riksdagen's document id (`dok_id`). */
  | 'RIKSDAGEN_DOK_ID'
  /** A number in Svensk författningssamling, e.g. 2016:1145. */
  | 'SFS'
  /** No registry identifier: the item's address. */
  | 'URL';

/** How a poll of a source went. */
export type RegwatchPollStatus =
  /** The fetch or the format failed; `errorCode` says why. The source backs off. */
  | 'FAILED'
  /** The server answered 304 to the conditional request: nothing fetched, nothing stored. */
  | 'NOT_MODIFIED'
  /** Fetched and read; new items and versions stored, if any. */
  | 'OK';

/** How one section (chapter and paragraph) changed between two versions. */
export type RegwatchSectionChange =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** How much an alert matters to the organisation. */
export type RegwatchSeverity =
  /** A watched act itself changed (its SFS number or CELEX id is in a topic). */
  | 'HIGH'
  /** Matched upcoming meetings or stakeholders only. */
  | 'LOW'
  /** Matched a watch topic's words. */
  | 'MEDIUM';

/** One of your organisation's sources. */
export type RegwatchSourceIdInput = {
  /** The source. */
  id: string;
};

/** The format a regwatch source speaks. */
export type RegwatchSourceKind =
  /** Atom (EUR-Lex/CELLAR notifications, Lagrummet): one entry per document. */
  | 'ATOM'
  /** A web page watched for change inside the region a CSS selector picks out. */
  | 'HTML'
  /** A JSON list of statutes: Regeringskansliet's rättsdatabaser search answer (`hits.hits[]._source`) or OData (`value[]`, `d.results[]`). */
  | 'OPENDATA_JSON'
  /** Riksdagen's open data `dokumentlista` with `utformat=json`. */
  | 'RIKSDAGEN_JSON'
  /** RSS 2.0 (e.g. EUR-Lex's RSS feeds): one item per regulatory document. */
  | 'RSS';

/** One of your organisation's watch topics. */
export type RegwatchTopicIdInput = {
  /** The topic. */
  id: string;
};

/** Remove a participant from a meeting. */
export type RemoveParticipantInput = {
  /** The participant. */
  participantId: string;
};

/** Open a done or cancelled action item again. */
export type ReopenActionItemInput = {
  /** The action item. */
  id: string;
};

/** Run extraction again over the meeting's transcript. */
export type RerunExtractionInput = {
  /** The meeting. */
  meetingId: string;
};

/** SUGGESTED: the extractor was unsure, not a fact until reviewed; ACCEPTED: a fact; EDITED: a suggestion a person accepted with a correction; REJECTED: a suggestion a person turned down (hidden, kept so reruns do not bring it back). */
export type ReviewState =
  | 'ACCEPTED'
  | 'EDITED'
  | 'REJECTED'
  | 'SUGGESTED';

/** A person's verdict on a suggested decision or action item. */
export type ReviewSuggestionInput = {
  /** The decision or action item (global id). */
  id: string;
  /** The verdict. */
  verdict: ReviewVerdict;
};

/** ACCEPT: the suggestion is right, it becomes a fact; REJECT: it is wrong, it is hidden (and kept, so a rerun does not bring it back); RESET: undo a verdict, the item is a suggestion again (its labelled example is deleted). */
export type ReviewVerdict =
  | 'ACCEPT'
  | 'REJECT'
  | 'RESET';

/** Revoke an API token. */
export type RevokeApiTokenInput = {
  /** The token. */
  id: string;
};

/** What a user may do in their organisation. */
export type Role =
  /** Also manages users and integrator API tokens. */
  | 'ADMIN'
  /** Also writes meetings, decisions, action items and stakeholders. */
  | 'EDITOR'
  /** Reads meetings, decisions, action items and stakeholder names. */
  | 'VIEWER';

/** SENSITIVE meetings ("Fort Knox") are processed by local AI only, or not at all. */
export type Sensitivity =
  | 'NORMAL'
  | 'SENSITIVE';

/** Record a participant's consent to recording and AI processing. */
export type SetParticipantConsentInput = {
  /** The new consent. */
  consent: ConsentStatus;
  /** The participant. */
  participantId: string;
};

/** New speaker mappings for the meeting's stored transcript. */
export type SetTranscriptSpeakerMapInput = {
  /** The meeting. */
  meetingId: string;
  /** Labels as in the file (see Transcript.speakers), each mapped to a participant; labels not given keep their mapping. */
  speakerMap: Array<SpeakerMappingInput>;
};

/** Deactivate or reactivate a user. */
export type SetUserActiveInput = {
  /** False: the user can no longer sign in, and their sessions and the API tokens they created stop working at once. True: they may sign in again. */
  active: boolean;
  /** The user. */
  id: string;
};

/** Snooze a nudge: 1 or 3 days, or until a date (08:00 that day, Europe/Stockholm). */
export type SnoozeNudgeInput = {
  /** 1 or 3 days from now. */
  days?: number | null | undefined;
  /** The nudge. */
  id: string;
  /** Or until this date, YYYY-MM-DD (within a year). */
  until?: string | null | undefined;
};

/** A speaker label of the file that stands for one of the meeting's participants. */
export type SpeakerMappingInput = {
  /** The participant of this meeting who spoke under that label. */
  participantId: string;
  /** The label exactly as in the file ("Talare 1", "Anna"). */
  speaker: string;
};

/** Where an audio upload is on its way to a transcript. */
export type SpeechTranscriptionStatus =
  /** Stopped; see failureCode and failureReason. The audio is deleted. */
  | 'FAILED'
  /** Transcribed; speakers that are not participants must be mapped (completeSpeechTranscription) before the transcript is attached. */
  | 'NEEDS_SPEAKERS'
  /** Stored, waiting for a worker. */
  | 'QUEUED'
  /** Being transcribed. */
  | 'RUNNING'
  /** The transcript is attached and its extraction run started (see `run`). */
  | 'SUCCEEDED';

/** Which stakeholders to list. */
export type StakeholderFilter = {
  /** Words in the name, title or organisation. */
  search?: string | null | undefined;
};

/** An audio recording of a meeting, to be transcribed by the configured speech-to-text server. */
export type TranscribeAudioInput = {
  /** The file, base64-encoded; at most STT_MAX_BYTES bytes once decoded. */
  audioBase64: string;
  /** audio/wav, audio/mpeg, audio/mp4 (M4A) or audio/ogg; must agree with the file's first bytes. */
  contentType: string;
  /** The file's name, for people (never sent to logs). */
  fileName: string;
  /** The meeting. */
  meetingId: string;
  /** Speaker labels the server will produce ("SPEAKER_00") mapped to participants, when known in advance. */
  speakerMap?: Array<SpeakerMappingInput> | null | undefined;
};

/** A transcript export format. */
export type TranscriptFormat =
  /** SubRip subtitles. */
  | 'SRT'
  /** Microsoft Teams WebVTT (`<v Full Name>` voice tags). */
  | 'TEAMS_VTT'
  /** Plain text, `Name: text` lines with optional `[hh:mm:ss]`. */
  | 'TEXT'
  /** Zoom WebVTT (`Name: text` cues). */
  | 'ZOOM_VTT';

/** A transcript file to look at before attaching it: which speakers it has. */
export type TranscriptSpeakersInput = {
  /** The file's text, as for attachTranscript. */
  content: string;
  /** The format; detected when omitted. */
  format?: TranscriptFormat | null | undefined;
  /** The meeting. */
  meetingId: string;
};

/** Lift the block from an action item (its owner or an editor). */
export type UnblockActionItemInput = {
  /** The action item. */
  actionItemId: string;
};

/** Change an action item's title or due date. */
export type UpdateActionItemInput = {
  /** New due date, YYYY-MM-DD; null clears it. */
  dueDate?: string | null | undefined;
  /** The action item. */
  id: string;
  /** New title. */
  title?: string | null | undefined;
};

/** Change the organisation's brief settings; a field left out (or null) keeps its value. */
export type UpdateBriefSettingsInput = {
  /** E-mail participants when the pre-brief is ready. */
  preBriefEmail?: boolean | null | undefined;
  /** Hours before the start, 1–168. */
  preBriefLeadHours?: number | null | undefined;
};

/** Change a decision's text. */
export type UpdateDecisionInput = {
  /** The decision. */
  id: string;
  /** The new text. */
  text: string;
};

/** Changes to a meeting; omitted fields stay as they are. */
export type UpdateMeetingInput = {
  /** Agenda items, replacing the old list. */
  agendaItems?: Array<string> | null | undefined;
  /** End time. */
  endsAt?: string | null | undefined;
  /** The meeting. */
  id: string;
  /** Room or link. */
  location?: string | null | undefined;
  /** Sensitivity. */
  sensitivity?: Sensitivity | null | undefined;
  /** Start time. */
  startsAt?: string | null | undefined;
  /** Status. */
  status?: MeetingStatus | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Your own notification choices. Omitted fields keep their value; null clears a webhook or quiet hours. */
export type UpdateNotificationPreferencesInput = {
  /** Nudges by e-mail. */
  email?: boolean | null | undefined;
  /** Your quiet hours end, HH:MM. */
  quietEnd?: string | null | undefined;
  /** Your quiet hours start, HH:MM (null: the organisation's). */
  quietStart?: string | null | undefined;
  /** A Slack incoming-webhook URL (stored, never shown again). */
  slackWebhookUrl?: string | null | undefined;
  /** A Microsoft Teams workflow webhook URL (stored, never shown again). */
  teamsWebhookUrl?: string | null | undefined;
};

/** Change your organisation's nudge rules (admin). Omitted fields keep their value. */
export type UpdateNudgeSettingsInput = {
  /** Remind the working day before the due date. */
  dueSoon?: boolean | null | undefined;
  /** Escalate a second unanswered nudge to the organiser. */
  escalate?: boolean | null | undefined;
  /** Remind when overdue. */
  overdue?: boolean | null | undefined;
  /** Quiet hours end, HH:MM (equal to start: no quiet hours). */
  quietEnd?: string | null | undefined;
  /** Quiet hours start, HH:MM. */
  quietStart?: string | null | undefined;
  /** Working hours without progress before a nudge, 8–400. */
  stalledHours?: number | null | undefined;
};

/** Changes to a saved scenario; omitted fields stay as they are. */
export type UpdateProcurementScenarioInput = {
  /** The saved scenario. */
  id: string;
  /** New name, 1–200 characters. */
  name?: string | null | undefined;
  /** The whole new scenario, replacing the old one. */
  scenario?: ProcurementScenarioInput | null | undefined;
};

/** Change one of your organisation's sources (admins). Omitted fields keep their value; null clears the selector. */
export type UpdateRegwatchSourceInput = {
  /** Poll on the schedule, or not. */
  enabled?: boolean | null | undefined;
  /** The source. */
  id: string;
  /** Minutes between polls, 1–10080. */
  intervalMinutes?: number | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** HTML only: the content region's CSS selector. */
  selector?: string | null | undefined;
  /** Seconds a fetch may take, 1–60. */
  timeoutSeconds?: number | null | undefined;
};

/** Change a watch topic (admins). Omitted fields keep their value; `severity: null` removes the override. */
export type UpdateRegwatchTopicInput = {
  /** The topic. */
  id: string;
  /** A new name. */
  name?: string | null | undefined;
  /** A new query. */
  query?: string | null | undefined;
  /** The severity for alerts matched through this topic; null: HIGH for a watched act, MEDIUM for words. */
  severity?: RegwatchSeverity | null | undefined;
};

/** Change the organisation's meeting-intelligence settings; a field left out (or null) keeps its value. */
export type UpdateReviewSettingsInput = {
  /** Confidence threshold for suggestions, 0–1. */
  suggestionThreshold?: number | null | undefined;
};

/** Changes to a stakeholder; omitted fields stay as they are, null clears. */
export type UpdateStakeholderInput = {
  /** E-mail. */
  email?: string | null | undefined;
  /** The stakeholder. */
  id: string;
  /** Influence 1–5. */
  influence?: number | null | undefined;
  /** Interest 1–5. */
  interest?: number | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** Their organisation. */
  organization?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** Job title. */
  title?: string | null | undefined;
};

/** Change a user's role. */
export type UpdateUserRoleInput = {
  /** The user. */
  id: string;
  /** The new role. */
  role: Role;
};

export type ActionItemRow_ActionItemFragment = { id: string, title: string, status: ActionItemStatus, dueDate: string | null, isOverdue: boolean, completedAt: string | null, ownerName: string | null, viewerCanEdit: boolean, updatedAt: string, source: string, editedByHuman: boolean, reviewState: ReviewState, owner: { id: string, name: string } | null, meeting: { id: string, title: string } | null } & { ' $fragmentName'?: 'ActionItemRow_ActionItemFragment' };

export type CompleteActionItemMutationVariables = Exact<{
  input: CompleteActionItemInput;
}>;


export type CompleteActionItemMutation = { completeActionItem: { actionItem: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    ) | null } };

export type ReopenActionItemMutationVariables = Exact<{
  input: ReopenActionItemInput;
}>;


export type ReopenActionItemMutation = { reopenActionItem: { actionItem: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    ) | null } };

export type AppHeader_ViewerFragment = { role: Role, user: { id: string, name: string, role: Role }, organization: { id: string, name: string } } & { ' $fragmentName'?: 'AppHeader_ViewerFragment' };

export type AppShellQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQuery = { viewer: (
    { canAdmin: boolean }
    & { ' $fragmentRefs'?: { 'AppHeader_ViewerFragment': AppHeader_ViewerFragment } }
  ) };

export type BriefsPanel_MeetingFragment = { id: string, startsAt: string, viewerCanEdit: boolean, briefs: Array<{ id: string, kind: BriefKind, version: number, body: string, createdAt: string }> } & { ' $fragmentName'?: 'BriefsPanel_MeetingFragment' };

export type DashboardBriefsPanel_MeetingFragment = { id: string, title: string, startsAt: string, status: MeetingStatus, briefs: Array<{ id: string, kind: BriefKind, version: number, createdAt: string }> } & { ' $fragmentName'?: 'DashboardBriefsPanel_MeetingFragment' };

export type DecisionItem_DecisionFragment = (
  { id: string, text: string, decidedAt: string | null, source: string, editedByHuman: boolean, reviewState: ReviewState }
  & { ' $fragmentRefs'?: { 'DecisionProvenance_DecisionFragment': DecisionProvenance_DecisionFragment } }
) & { ' $fragmentName'?: 'DecisionItem_DecisionFragment' };

export type MeetingListItem_MeetingFragment = { id: string, title: string, startsAt: string, endsAt: string | null, status: MeetingStatus, sensitivity: Sensitivity, location: string | null } & { ' $fragmentName'?: 'MeetingListItem_MeetingFragment' };

export type ParticipantItem_ParticipantFragment = { id: string, consent: ConsentStatus, consentUpdatedAt: string | null, stakeholder: { id: string, name: string, title: string | null, organization: string | null } } & { ' $fragmentName'?: 'ParticipantItem_ParticipantFragment' };

export type ParticipantsPanel_MeetingFragment = { id: string, viewerCanEdit: boolean, transcript: { id: string } | null, participants: Array<(
    { id: string, consent: ConsentStatus, stakeholder: { id: string, name: string } }
    & { ' $fragmentRefs'?: { 'ParticipantItem_ParticipantFragment': ParticipantItem_ParticipantFragment } }
  )> } & { ' $fragmentName'?: 'ParticipantsPanel_MeetingFragment' };

export type SetParticipantConsentMutationVariables = Exact<{
  input: SetParticipantConsentInput;
}>;


export type SetParticipantConsentMutation = { setParticipantConsent: { participant: { id: string, consent: ConsentStatus, consentUpdatedAt: string | null } | null } };

export type DecisionProvenance_DecisionFragment = { id: string, source: string, confidence: number | null, evidence: { quote: string, segment: number, startMs: number } | null } & { ' $fragmentName'?: 'DecisionProvenance_DecisionFragment' };

export type ActionItemProvenance_ActionItemFragment = { id: string, source: string, confidence: number | null, evidence: { quote: string, segment: number, startMs: number } | null } & { ' $fragmentName'?: 'ActionItemProvenance_ActionItemFragment' };

export type ProvenanceViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceViewerQuery = { viewer: { canEdit: boolean } };

export type TranscriptPanel_MeetingFragment = { id: string, sensitivity: Sensitivity, viewerCanEdit: boolean, participants: Array<{ id: string, consent: ConsentStatus, stakeholder: { id: string, name: string } }>, transcript: (
    { id: string }
    & { ' $fragmentRefs'?: { 'TranscriptFacts_TranscriptFragment': TranscriptFacts_TranscriptFragment } }
  ) | null, extractionRuns: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'RunStatus_ExtractionRunFragment': RunStatus_ExtractionRunFragment } }
  )>, speechTranscription: { id: string, status: SpeechTranscriptionStatus } | null } & { ' $fragmentName'?: 'TranscriptPanel_MeetingFragment' };

export type CalendarDownloadButton_MeetingFragment = { id: string, title: string, icalendar: string } & { ' $fragmentName'?: 'CalendarDownloadButton_MeetingFragment' };

export type CalendarFeedItemFragment = { id: string, name: string, url: string, lastStatus: CalendarFeedStatus | null, lastPolledAt: string | null, lastErrorCode: string | null, consecutiveFailures: number } & { ' $fragmentName'?: 'CalendarFeedItemFragment' };

export type CalendarFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedsQuery = { calendarFeeds: Array<{ ' $fragmentRefs'?: { 'CalendarFeedItemFragment': CalendarFeedItemFragment } }> };

export type CreateCalendarFeedMutationVariables = Exact<{
  input: CreateCalendarFeedInput;
}>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { feed: { ' $fragmentRefs'?: { 'CalendarFeedItemFragment': CalendarFeedItemFragment } } | null } };

export type PollCalendarFeedMutationVariables = Exact<{
  input: PollCalendarFeedInput;
}>;


export type PollCalendarFeedMutation = { pollCalendarFeed: { status: CalendarFeedStatus, errorCode: string | null, created: number, updated: number, cancelled: number, unchanged: number, feed: { ' $fragmentRefs'?: { 'CalendarFeedItemFragment': CalendarFeedItemFragment } } | null } };

export type DeleteCalendarFeedMutationVariables = Exact<{
  input: DeleteCalendarFeedInput;
}>;


export type DeleteCalendarFeedMutation = { deleteCalendarFeed: { deletedFeedId: string | null } };

export type CalendarImportMutationVariables = Exact<{
  input: ImportCalendarInput;
}>;


export type CalendarImportMutation = { importCalendar: { created: number, updated: number, cancelled: number, unchanged: number, meetings: Array<{ id: string, title: string, startsAt: string }> } };

export type ActionItemTrendQueryVariables = Exact<{
  days: number;
}>;


export type ActionItemTrendQuery = { actionItemTrend: Array<{ date: string, open: number, done: number, overdue: number }> };

export type DeadLetterItem_DeadLetterFragment = { id: string, jobName: string, jobKey: string, errorCode: string, errorMessage: string, attempts: number, firstFailedAt: string, lastFailedAt: string, status: DeadLetterStatus, system: boolean, viewerCanResolve: boolean } & { ' $fragmentName'?: 'DeadLetterItem_DeadLetterFragment' };

export type JobQueueRow_JobQueueStateFragment = { jobName: string, description: string, schedule: string | null, queued: number, running: number, failed: number, dead: number, succeeded24h: number } & { ' $fragmentName'?: 'JobQueueRow_JobQueueStateFragment' };

export type NudgeItem_NudgeFragment = { id: string, kind: NudgeKind, windowHours: number | null, readAt: string | null, answeredAt: string | null, createdAt: string, deliveries: Array<{ channel: NudgeChannel, status: NudgeDeliveryStatus, sentAt: string | null }>, actionItem: { id: string, title: string, dueDate: string | null, status: ActionItemStatus, isOverdue: boolean, ownerName: string | null, owner: { id: string, name: string } | null, meeting: { id: string, title: string } | null, blocked: { reason: string, blockedAt: string } | null } | null } & { ' $fragmentName'?: 'NudgeItem_NudgeFragment' };

export type RegwatchAlertCard_RegwatchAlertFragment = (
  { id: string, title: string, identifier: string, link: string | null, changeType: RegwatchChangeType, publishedOn: string | null, inForceOn: string | null, diffSummary: string, severity: RegwatchSeverity, state: RegwatchAlertState, createdAt: string, item: { id: string, identifierKind: RegwatchIdentifierKind } | null, source: { id: string, name: string } | null }
  & { ' $fragmentRefs'?: { 'RegwatchMatchReasons_RegwatchAlertFragment': RegwatchMatchReasons_RegwatchAlertFragment;'RegwatchAlertTriageState_RegwatchAlertFragment': RegwatchAlertTriageState_RegwatchAlertFragment } }
) & { ' $fragmentName'?: 'RegwatchAlertCard_RegwatchAlertFragment' };

export type RegwatchAlertDetail_RegwatchAlertFragment = (
  { id: string, title: string, identifier: string, link: string | null, changeType: RegwatchChangeType, publishedOn: string | null, inForceOn: string | null, diffSummary: string, severity: RegwatchSeverity, state: RegwatchAlertState, createdAt: string, viewerCanTriage: boolean, source: { id: string, name: string } | null, matchedMeetings: Array<{ id: string, title: string, startsAt: string }>, assignedTo: { id: string, name: string } | null, actionItem: { id: string, title: string } | null, item: { id: string, identifier: string, identifierKind: RegwatchIdentifierKind, title: string, url: string | null, versions: Array<{ id: string, seq: number, fetchedAt: string, changeType: RegwatchChangeType }> } | null, version: (
    { id: string, seq: number }
    & { ' $fragmentRefs'?: { 'RegwatchVersionDiff_RegwatchVersionFragment': RegwatchVersionDiff_RegwatchVersionFragment } }
  ) | null }
  & { ' $fragmentRefs'?: { 'RegwatchMatchReasons_RegwatchAlertFragment': RegwatchMatchReasons_RegwatchAlertFragment;'RegwatchAlertTriageState_RegwatchAlertFragment': RegwatchAlertTriageState_RegwatchAlertFragment } }
) & { ' $fragmentName'?: 'RegwatchAlertDetail_RegwatchAlertFragment' };

export type RegwatchMatchReasons_RegwatchAlertFragment = { id: string, matchedStakeholderCount: number, matchedTopics: Array<{ id: string, name: string }>, matchedMeetings: Array<{ id: string, title: string, startsAt: string }> } & { ' $fragmentName'?: 'RegwatchMatchReasons_RegwatchAlertFragment' };

export type RegwatchAlertTriageState_RegwatchAlertFragment = { id: string, state: RegwatchAlertState, dismissedReason: string | null, triagedAt: string | null, assignedTo: { id: string, name: string } | null, actionItem: { id: string, title: string } | null } & { ' $fragmentName'?: 'RegwatchAlertTriageState_RegwatchAlertFragment' };

export type RegwatchVersionDiff_RegwatchVersionFragment = { id: string, seq: number, changeType: RegwatchChangeType, fetchedAt: string, diffSummary: string, sections: Array<{ section: string, text: string }>, diff: Array<{ section: string, change: RegwatchSectionChange, before: string | null, after: string | null, words: Array<{ value: string, added: boolean, removed: boolean }> }> } & { ' $fragmentName'?: 'RegwatchVersionDiff_RegwatchVersionFragment' };

export type RegwatchSourceItem_RegwatchSourceFragment = { id: string, name: string, kind: RegwatchSourceKind, url: string | null, selector: string | null, intervalMinutes: number | null, enabled: boolean | null, healthy: boolean | null, lastStatus: RegwatchPollStatus | null, lastErrorCode: string | null, consecutiveFailures: number | null, lastPolledAt: string | null, nextPollAt: string | null, systemWide: boolean, viewerCanManage: boolean } & { ' $fragmentName'?: 'RegwatchSourceItem_RegwatchSourceFragment' };

export type RegwatchTopicItem_RegwatchTopicFragment = { id: string, name: string, query: string, identifiers: Array<string>, severity: RegwatchSeverity | null } & { ' $fragmentName'?: 'RegwatchTopicItem_RegwatchTopicFragment' };

export type SuggestionsPanel_DecisionFragment = { id: string, text: string, confidence: number | null, reviewState: ReviewState, evidence: { quote: string } | null } & { ' $fragmentName'?: 'SuggestionsPanel_DecisionFragment' };

export type SuggestionsPanel_ActionItemFragment = { id: string, title: string, confidence: number | null, reviewState: ReviewState, dueDate: string | null, ownerName: string | null, owner: { id: string, name: string } | null, evidence: { quote: string } | null } & { ' $fragmentName'?: 'SuggestionsPanel_ActionItemFragment' };

export type ReviewSuggestionMutationVariables = Exact<{
  input: ReviewSuggestionInput;
}>;


export type ReviewSuggestionMutation = { reviewSuggestion: { decision: { id: string, reviewState: ReviewState, reviewedAt: string | null } | null, actionItem: { id: string, reviewState: ReviewState, reviewedAt: string | null } | null } };

export type SettingsApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsApiTokensQuery = { apiTokens: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'TokenItem_ApiTokenFragment': TokenItem_ApiTokenFragment } }
  )> };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string, revokedAt: string | null } | null } };

export type AuditLogItem_AuditEventFragment = { id: string, action: AuditAction, createdAt: string, actorKind: AuditActorKind, meetingId: string | null, targetType: string | null, targetId: string | null, actor: { id: string, name: string } | null } & { ' $fragmentName'?: 'AuditLogItem_AuditEventFragment' };

export type AuditLogPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditLogPageQuery = { auditEvents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'AuditLogItem_AuditEventFragment': AuditLogItem_AuditEventFragment } }
    )> } };

export type BriefSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefSettingsQuery = { briefSettings: { preBriefLeadHours: number, preBriefEmail: boolean } };

export type UpdateBriefSettingsMutationVariables = Exact<{
  input: UpdateBriefSettingsInput;
}>;


export type UpdateBriefSettingsMutation = { updateBriefSettings: { briefSettings: { preBriefLeadHours: number, preBriefEmail: boolean } | null } };

export type ReviewSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewSettingsQuery = { reviewSettings: { suggestionThreshold: number, updatedAt: string | null } };

export type UpdateReviewSettingsMutationVariables = Exact<{
  input: UpdateReviewSettingsInput;
}>;


export type UpdateReviewSettingsMutation = { updateReviewSettings: { reviewSettings: { suggestionThreshold: number, updatedAt: string | null } | null } };

export type ReviewPrecisionQueryVariables = Exact<{
  weeks: number;
}>;


export type ReviewPrecisionQuery = { reviewPrecision: Array<{ weekStart: string, accepted: number, edited: number, rejected: number, reviewed: number, precision: number | null }> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { email: boolean, emailAvailable: boolean, slackConfigured: boolean, teamsConfigured: boolean, quietStart: string, quietEnd: string, ownQuietHours: boolean } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { email: boolean, emailAvailable: boolean, slackConfigured: boolean, teamsConfigured: boolean, quietStart: string, quietEnd: string, ownQuietHours: boolean } };

export type NudgeRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type NudgeRulesQuery = { nudgeSettings: { stalledHours: number, quietStart: string, quietEnd: string, dueSoon: boolean, overdue: boolean, escalate: boolean } };

export type UpdateNudgeRulesMutationVariables = Exact<{
  input: UpdateNudgeSettingsInput;
}>;


export type UpdateNudgeRulesMutation = { updateNudgeSettings: { stalledHours: number, quietStart: string, quietEnd: string, dueSoon: boolean, overdue: boolean, escalate: boolean } };

export type SettingsUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SettingsUsersQuery = { users: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
    )> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string | null, apiToken: (
      { id: string, label: string }
      & { ' $fragmentRefs'?: { 'TokenItem_ApiTokenFragment': TokenItem_ApiTokenFragment } }
    ) | null } };

export type TokenItem_ApiTokenFragment = { id: string, label: string, prefix: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null } & { ' $fragmentName'?: 'TokenItem_ApiTokenFragment' };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, name: string, email: string | null, role: Role, active: boolean } | null } };

export type SetUserActiveMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;


export type SetUserActiveMutation = { setUserActive: { user: { id: string, active: boolean } | null } };

export type UserRow_UserFragment = { id: string, name: string, email: string | null, role: Role, active: boolean } & { ' $fragmentName'?: 'UserRow_UserFragment' };

export type UpdateUserRoleMutationVariables = Exact<{
  input: UpdateUserRoleInput;
}>;


export type UpdateUserRoleMutation = { updateUserRole: { user: { id: string, role: Role } | null } };

export type StakeholderCard_StakeholderFragment = { id: string, name: string, title: string | null, organization: string | null, influence: number | null, interest: number | null } & { ' $fragmentName'?: 'StakeholderCard_StakeholderFragment' };

export type StakeholderContact_StakeholderFragment = { id: string, email: string | null, phone: string | null, notes: string | null } & { ' $fragmentName'?: 'StakeholderContact_StakeholderFragment' };

export type CreateStakeholderMutationVariables = Exact<{
  input: CreateStakeholderInput;
}>;


export type CreateStakeholderMutation = { createStakeholder: { stakeholder: (
      { id: string }
      & { ' $fragmentRefs'?: { 'StakeholderCard_StakeholderFragment': StakeholderCard_StakeholderFragment;'StakeholderContact_StakeholderFragment': StakeholderContact_StakeholderFragment } }
    ) | null } };

export type UpdateStakeholderMutationVariables = Exact<{
  input: UpdateStakeholderInput;
}>;


export type UpdateStakeholderMutation = { updateStakeholder: { stakeholder: (
      { id: string }
      & { ' $fragmentRefs'?: { 'StakeholderCard_StakeholderFragment': StakeholderCard_StakeholderFragment;'StakeholderContact_StakeholderFragment': StakeholderContact_StakeholderFragment } }
    ) | null } };

export type SpeechSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpeechSettingsQuery = { speechToText: { enabled: boolean, local: boolean, maxBytes: number } };

export type AudioUpload_SpeechTranscriptionFragment = { id: string, status: SpeechTranscriptionStatus, failureCode: string | null, failureReason: string | null, speakers: Array<{ name: string, turns: number, participant: { id: string } | null }>, run: (
    { id: string, status: ExtractionRunStatus }
    & { ' $fragmentRefs'?: { 'RunPayload_ExtractionRunFragment': RunPayload_ExtractionRunFragment } }
  ) | null } & { ' $fragmentName'?: 'AudioUpload_SpeechTranscriptionFragment' };

export type TranscribeAudioMutationVariables = Exact<{
  input: TranscribeAudioInput;
}>;


export type TranscribeAudioMutation = { transcribeAudio: { speechTranscription: (
      { id: string }
      & { ' $fragmentRefs'?: { 'AudioUpload_SpeechTranscriptionFragment': AudioUpload_SpeechTranscriptionFragment } }
    ) | null } };

export type SpeechFollowQueryVariables = Exact<{
  id: string;
}>;


export type SpeechFollowQuery = { speechTranscription: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AudioUpload_SpeechTranscriptionFragment': AudioUpload_SpeechTranscriptionFragment } }
  ) | null };

export type CompleteSpeechTranscriptionMutationVariables = Exact<{
  input: CompleteSpeechTranscriptionInput;
}>;


export type CompleteSpeechTranscriptionMutation = { completeSpeechTranscription: { speechTranscription: (
      { id: string }
      & { ' $fragmentRefs'?: { 'AudioUpload_SpeechTranscriptionFragment': AudioUpload_SpeechTranscriptionFragment } }
    ) | null } };

export type RerunExtractionMutationVariables = Exact<{
  input: RerunExtractionInput;
}>;


export type RerunExtractionMutation = { rerunExtraction: { run: (
      { id: string, meeting: (
        { id: string }
        & { ' $fragmentRefs'?: { 'TranscriptPanel_MeetingFragment': TranscriptPanel_MeetingFragment } }
      ) | null }
      & { ' $fragmentRefs'?: { 'RunStatus_ExtractionRunFragment': RunStatus_ExtractionRunFragment } }
    ) | null } };

export type RunStatus_ExtractionRunFragment = { id: string, status: ExtractionRunStatus, progress: number, source: string | null, failureCode: string | null, failureReason: string | null, decisionCount: number | null, actionItemCount: number | null, createdAt: string, startedAt: string | null, finishedAt: string | null } & { ' $fragmentName'?: 'RunStatus_ExtractionRunFragment' };

export type StoredTranscriptSpeakersQueryVariables = Exact<{
  meetingId: string;
}>;


export type StoredTranscriptSpeakersQuery = { meeting: { id: string, transcript: { id: string, speakers: Array<{ name: string, turns: number, participant: { id: string } | null }> } | null } | null };

export type SetTranscriptSpeakerMapMutationVariables = Exact<{
  input: SetTranscriptSpeakerMapInput;
}>;


export type SetTranscriptSpeakerMapMutation = { setTranscriptSpeakerMap: { run: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RunPayload_ExtractionRunFragment': RunPayload_ExtractionRunFragment } }
    ) | null } };

export type TranscriptCue_SegmentFragment = { index: number, speaker: string, startMs: number, endMs: number, text: string } & { ' $fragmentName'?: 'TranscriptCue_SegmentFragment' };

export type TranscriptFacts_TranscriptFragment = { id: string, format: TranscriptFormat, filename: string | null, byteSize: number, segmentCount: number, speakerCount: number, createdAt: string, uploadedBy: { id: string, name: string } | null } & { ' $fragmentName'?: 'TranscriptFacts_TranscriptFragment' };

export type TranscriptViewer_MeetingFragment = { id: string, transcript: { id: string, segmentCount: number } | null } & { ' $fragmentName'?: 'TranscriptViewer_MeetingFragment' };

export type AttachTranscriptMutationVariables = Exact<{
  input: AttachTranscriptInput;
}>;


export type AttachTranscriptMutation = { attachTranscript: { transcript: { id: string } | null, run: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RunPayload_ExtractionRunFragment': RunPayload_ExtractionRunFragment } }
    ) | null } };

export type TranscriptSpeakersQueryVariables = Exact<{
  input: TranscriptSpeakersInput;
}>;


export type TranscriptSpeakersQuery = { transcriptSpeakers: Array<{ name: string, turns: number, participant: { id: string } | null }> };

export type RunPayload_ExtractionRunFragment = (
  { id: string, meeting: (
    { id: string }
    & { ' $fragmentRefs'?: { 'TranscriptPanel_MeetingFragment': TranscriptPanel_MeetingFragment } }
  ) | null }
  & { ' $fragmentRefs'?: { 'RunStatus_ExtractionRunFragment': RunStatus_ExtractionRunFragment } }
) & { ' $fragmentName'?: 'RunPayload_ExtractionRunFragment' };

export type CreateSpeakerStakeholderMutationVariables = Exact<{
  input: CreateStakeholderInput;
}>;


export type CreateSpeakerStakeholderMutation = { createStakeholder: { stakeholder: { id: string, name: string } | null } };

export type ExtractionRunChangedSubscriptionVariables = Exact<{
  meetingId: string;
}>;


export type ExtractionRunChangedSubscription = { extractionRunChanged: (
    { id: string, meeting: { id: string, extractionRuns: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'RunStatus_ExtractionRunFragment': RunStatus_ExtractionRunFragment } }
      )> } | null }
    & { ' $fragmentRefs'?: { 'RunStatus_ExtractionRunFragment': RunStatus_ExtractionRunFragment } }
  ) | null };

export type ExtractionRunPollQueryVariables = Exact<{
  id: string;
}>;


export type ExtractionRunPollQuery = { extractionRun: (
    { id: string }
    & { ' $fragmentRefs'?: { 'RunStatus_ExtractionRunFragment': RunStatus_ExtractionRunFragment } }
  ) | null };

export type TranscriptSegmentsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type TranscriptSegmentsQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, segments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { index: number }
          & { ' $fragmentRefs'?: { 'TranscriptCue_SegmentFragment': TranscriptCue_SegmentFragment } }
        )> } | null }
    | { id: string }
   | null };

export type MeetingBriefGeneratedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MeetingBriefGeneratedSubscription = { briefGenerated: { id: string, kind: BriefKind, version: number, body: string, createdAt: string, meeting: { id: string } | null } | null };

export type BriefNoticeSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BriefNoticeSubscription = { briefGenerated: { id: string, kind: BriefKind, version: number, createdAt: string, meeting: { id: string, title: string, startsAt: string } | null } | null };

export type GeneratePostBriefMutationVariables = Exact<{
  input: GeneratePostBriefInput;
}>;


export type GeneratePostBriefMutation = { generatePostBrief: { brief: { id: string, kind: BriefKind, version: number, body: string, createdAt: string } | null } };

export type GeneratePreBriefMutationVariables = Exact<{
  input: GeneratePreBriefInput;
}>;


export type GeneratePreBriefMutation = { generatePreBrief: { brief: { id: string, kind: BriefKind, version: number, body: string, createdAt: string } | null } };

export type JobsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsPageQuery = { jobQueues: Array<(
    { jobName: string }
    & { ' $fragmentRefs'?: { 'JobQueueRow_JobQueueStateFragment': JobQueueRow_JobQueueStateFragment } }
  )> };

export type JobsDeadLettersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type JobsDeadLettersQuery = { deadLetters: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<(
      { id: string, status: DeadLetterStatus }
      & { ' $fragmentRefs'?: { 'DeadLetterItem_DeadLetterFragment': DeadLetterItem_DeadLetterFragment } }
    )> } };

export type ReplayDeadLetterMutationVariables = Exact<{
  input: DeadLetterInput;
}>;


export type ReplayDeadLetterMutation = { replayDeadLetter: { deadLetter: { id: string, status: DeadLetterStatus, resolvedAt: string | null, viewerCanResolve: boolean } | null } };

export type DiscardDeadLetterMutationVariables = Exact<{
  input: DeadLetterInput;
}>;


export type DiscardDeadLetterMutation = { discardDeadLetter: { deadLetter: { id: string, status: DeadLetterStatus, resolvedAt: string | null, viewerCanResolve: boolean } | null } };

export type JobQueuesChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type JobQueuesChangedSubscription = { jobQueuesChanged: { at: string } };

export type ActionItemChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ActionItemChangedSubscription = { actionItemChanged: (
    { id: string, status: ActionItemStatus, title: string, meeting: { id: string } | null, owner: { id: string } | null }
    & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
  ) | null };

export type MeetingChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MeetingChangedSubscription = { meetingChanged: (
    { id: string, title: string }
    & { ' $fragmentRefs'?: { 'MeetingListItem_MeetingFragment': MeetingListItem_MeetingFragment } }
  ) | null };

export type MeetingsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MeetingFilter | null | undefined;
  orderBy?: MeetingOrder | null | undefined;
}>;


export type MeetingsPageQuery = { viewer: { canEdit: boolean }, meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'MeetingListItem_MeetingFragment': MeetingListItem_MeetingFragment } }
    )> } };

export type ParticipantCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipantCandidatesQuery = { stakeholders: { totalCount: number, nodes: Array<{ id: string, name: string, organization: string | null }> }, assignableUsers: Array<{ id: string, name: string }> };

export type OwnerCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnerCandidatesQuery = { assignableUsers: Array<{ id: string, name: string }> };

export type MeetingForm_MeetingFragment = { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, agendaItems: Array<string>, sensitivity: Sensitivity, status: MeetingStatus, viewerCanEdit: boolean } & { ' $fragmentName'?: 'MeetingForm_MeetingFragment' };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { createMeeting: { meeting: (
      { id: string }
      & { ' $fragmentRefs'?: { 'MeetingForm_MeetingFragment': MeetingForm_MeetingFragment;'MeetingListItem_MeetingFragment': MeetingListItem_MeetingFragment } }
    ) | null } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { meeting: (
      { id: string }
      & { ' $fragmentRefs'?: { 'MeetingForm_MeetingFragment': MeetingForm_MeetingFragment;'MeetingListItem_MeetingFragment': MeetingListItem_MeetingFragment } }
    ) | null } };

export type AddParticipantMutationVariables = Exact<{
  input: AddParticipantInput;
}>;


export type AddParticipantMutation = { addParticipant: { participant: { id: string, consent: ConsentStatus, stakeholder: { id: string, name: string } } | null } };

export type RemoveParticipantMutationVariables = Exact<{
  input: RemoveParticipantInput;
}>;


export type RemoveParticipantMutation = { removeParticipant: { removedParticipantId: string | null } };

export type CreateDecisionMutationVariables = Exact<{
  input: CreateDecisionInput;
}>;


export type CreateDecisionMutation = { createDecision: { decision: (
      { id: string }
      & { ' $fragmentRefs'?: { 'DecisionItem_DecisionFragment': DecisionItem_DecisionFragment } }
    ) | null } };

export type UpdateDecisionMutationVariables = Exact<{
  input: UpdateDecisionInput;
}>;


export type UpdateDecisionMutation = { updateDecision: { decision: (
      { id: string }
      & { ' $fragmentRefs'?: { 'DecisionItem_DecisionFragment': DecisionItem_DecisionFragment } }
    ) | null } };

export type CreateActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreateActionItemMutation = { createActionItem: { actionItem: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    ) | null } };

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateActionItemMutation = { updateActionItem: { actionItem: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    ) | null } };

export type AssignActionItemMutationVariables = Exact<{
  input: AssignActionItemInput;
}>;


export type AssignActionItemMutation = { assignActionItem: { actionItem: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    ) | null } };

export type CancelActionItemMutationVariables = Exact<{
  input: CancelActionItemInput;
}>;


export type CancelActionItemMutation = { cancelActionItem: { actionItem: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    ) | null } };

export type NudgeUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NudgeUnreadCountQuery = { nudges: { totalCount: number } };

export type NudgesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: NudgeFilter | null | undefined;
}>;


export type NudgesPageQuery = { nudges: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'NudgeItem_NudgeFragment': NudgeItem_NudgeFragment } }
    )> } };

export type DashboardNudgesQueryVariables = Exact<{
  first: number;
}>;


export type DashboardNudgesQuery = { nudges: { totalCount: number, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'NudgeItem_NudgeFragment': NudgeItem_NudgeFragment } }
    )> } };

export type LinkedNudgeQueryVariables = Exact<{
  id: string;
}>;


export type LinkedNudgeQuery = { node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Brief', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Decision', id: string }
    | { __typename: 'ExtractionRun', id: string }
    | { __typename: 'Meeting', id: string }
    | (
      { __typename: 'Nudge', id: string }
      & { ' $fragmentRefs'?: { 'NudgeItem_NudgeFragment': NudgeItem_NudgeFragment } }
    )
    | { __typename: 'Organization', id: string }
    | { __typename: 'Participant', id: string }
    | { __typename: 'RegwatchAlert', id: string }
    | { __typename: 'RegwatchItem', id: string }
    | { __typename: 'RegwatchSource', id: string }
    | { __typename: 'RegwatchTopic', id: string }
    | { __typename: 'RegwatchVersion', id: string }
    | { __typename: 'SavedProcurementScenario', id: string }
    | { __typename: 'SpeechTranscription', id: string }
    | { __typename: 'Stakeholder', id: string }
    | { __typename: 'Transcript', id: string }
    | { __typename: 'User', id: string }
   | null };

export type NudgesChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NudgesChangedSubscription = { nudges: { id: string, readAt: string | null, answeredAt: string | null } | null };

export type MarkNudgeReadMutationVariables = Exact<{
  input: NudgeIdInput;
}>;


export type MarkNudgeReadMutation = { markNudgeRead: { nudge: { id: string, readAt: string | null } | null } };

export type MarkAllNudgesReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNudgesReadMutation = { markAllNudgesRead: { marked: number } };

export type CompleteNudgeMutationVariables = Exact<{
  input: NudgeIdInput;
}>;


export type CompleteNudgeMutation = { completeNudge: { nudge: (
      { id: string }
      & { ' $fragmentRefs'?: { 'NudgeItem_NudgeFragment': NudgeItem_NudgeFragment } }
    ) | null, actionItem: { id: string, status: ActionItemStatus, completedAt: string | null } | null } };

export type SnoozeNudgeMutationVariables = Exact<{
  input: SnoozeNudgeInput;
}>;


export type SnoozeNudgeMutation = { snoozeNudge: { nudge: (
      { id: string }
      & { ' $fragmentRefs'?: { 'NudgeItem_NudgeFragment': NudgeItem_NudgeFragment } }
    ) | null } };

export type BlockNudgeMutationVariables = Exact<{
  input: BlockNudgeInput;
}>;


export type BlockNudgeMutation = { blockNudge: { nudge: (
      { id: string }
      & { ' $fragmentRefs'?: { 'NudgeItem_NudgeFragment': NudgeItem_NudgeFragment } }
    ) | null } };

export type ReassignNudgeMutationVariables = Exact<{
  input: ReassignNudgeInput;
}>;


export type ReassignNudgeMutation = { reassignNudge: { nudge: (
      { id: string }
      & { ' $fragmentRefs'?: { 'NudgeItem_NudgeFragment': NudgeItem_NudgeFragment } }
    ) | null, actionItem: { id: string, ownerName: string | null, owner: { id: string, name: string } | null } | null } };

export type UnblockActionItemMutationVariables = Exact<{
  input: UnblockActionItemInput;
}>;


export type UnblockActionItemMutation = { unblockActionItem: { actionItem: { id: string, blocked: { reason: string, blockedAt: string } | null } | null } };

export type NudgeAssignableUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type NudgeAssignableUsersQuery = { assignableUsers: Array<{ id: string, name: string }> };

export type NudgeViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type NudgeViewerQuery = { viewer: { user: { id: string } } };

export type ProcurementResult_ResultFragment = { regime: ProcurementRegime, thresholdSek: number, directAwardLimitSek: number, recommendedProcedures: Array<ProcurementProcedure>, rulesVersion: string, timeline: { minTenderDays: number, standstillDays: number, earliestAwardDate: string, earliestContractDate: string }, ranking: Array<{ rank: number, supplier: string, comparisonValue: number, priceScore: number | null, qualityScore: number | null }>, sensitivity: { criteria: Array<{ id: string, weightChangeToFlipWinner: number | null }>, bids: Array<{ supplier: string, priceToWinSek: number | null }> }, warnings: Array<{ code: ProcurementWarningCode, message: string }> } & { ' $fragmentName'?: 'ProcurementResult_ResultFragment' };

export type ProcurementScenario_FormFragment = { contractType: ProcurementContractType, authority: ProcurementAuthorityType, estimatedValueSek: number, startDate: string, electronicSubmission: boolean, priorInformationNotice: boolean, urgency: boolean, procedure: ProcurementProcedure | null, similarPurchasesThisYear: boolean | null, similarPurchasesValueSek: number | null, evaluationDays: number | null, awardDecisionSentElectronically: boolean | null, evaluation: { model: ProcurementEvaluationModel, priceWeight: number, priceCeilingSek: number | null, priceFloorSek: number | null, criteria: Array<{ id: string, name: string, weight: number, maxAddedValueSek: number | null }> } | null, bids: Array<{ supplier: string, priceSek: number, maxScore: number, scores: Array<{ criterionId: string, score: number }> }> | null } & { ' $fragmentName'?: 'ProcurementScenario_FormFragment' };

export type SimulateProcurementQueryVariables = Exact<{
  input: ProcurementScenarioInput;
}>;


export type SimulateProcurementQuery = { simulateProcurement: { ' $fragmentRefs'?: { 'ProcurementResult_ResultFragment': ProcurementResult_ResultFragment } } };

export type ProcurementScenariosQueryVariables = Exact<{
  first: number;
}>;


export type ProcurementScenariosQuery = { viewer: { canEdit: boolean }, procurementScenarios: { totalCount: number, nodes: Array<{ id: string, name: string, updatedAt: string, viewerCanEdit: boolean, createdBy: { id: string, name: string } | null, scenario: { contractType: ProcurementContractType, estimatedValueSek: number } }> } };

export type ProcurementScenarioQueryVariables = Exact<{
  id: string;
}>;


export type ProcurementScenarioQuery = { procurementScenario: { id: string, name: string, viewerCanEdit: boolean, scenario: { ' $fragmentRefs'?: { 'ProcurementScenario_FormFragment': ProcurementScenario_FormFragment } } } | null };

export type CreateProcurementScenarioMutationVariables = Exact<{
  input: CreateProcurementScenarioInput;
}>;


export type CreateProcurementScenarioMutation = { createProcurementScenario: { procurementScenario: { id: string, name: string, updatedAt: string, viewerCanEdit: boolean } | null } };

export type UpdateProcurementScenarioMutationVariables = Exact<{
  input: UpdateProcurementScenarioInput;
}>;


export type UpdateProcurementScenarioMutation = { updateProcurementScenario: { procurementScenario: { id: string, name: string, updatedAt: string, viewerCanEdit: boolean } | null } };

export type DeleteProcurementScenarioMutationVariables = Exact<{
  input: DeleteProcurementScenarioInput;
}>;


export type DeleteProcurementScenarioMutation = { deleteProcurementScenario: { deletedProcurementScenarioId: string | null } };

export type CompareProcurementScenariosQueryVariables = Exact<{
  aId: string;
  bId: string;
}>;


export type CompareProcurementScenariosQuery = { compareProcurementScenarios: { a: { id: string, name: string, scenario: { ' $fragmentRefs'?: { 'ProcurementScenario_FormFragment': ProcurementScenario_FormFragment } } }, b: { id: string, name: string, scenario: { ' $fragmentRefs'?: { 'ProcurementScenario_FormFragment': ProcurementScenario_FormFragment } } }, aResult: { ' $fragmentRefs'?: { 'ProcurementResult_ResultFragment': ProcurementResult_ResultFragment } }, bResult: { ' $fragmentRefs'?: { 'ProcurementResult_ResultFragment': ProcurementResult_ResultFragment } }, differences: Array<{ field: ProcurementComparedField, a: string | null, b: string | null }> } };

export type RegwatchViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RegwatchViewerQuery = { viewer: { canAdmin: boolean, canEdit: boolean } };

export type RegwatchAlertsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: RegwatchAlertFilter | null | undefined;
}>;


export type RegwatchAlertsPageQuery = { regwatchAlerts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchAlertCard_RegwatchAlertFragment': RegwatchAlertCard_RegwatchAlertFragment } }
    )> } };

export type DashboardRegwatchQueryVariables = Exact<{
  first: number;
}>;


export type DashboardRegwatchQuery = { regwatchAlerts: { totalCount: number, nodes: Array<{ id: string, title: string, identifier: string, changeType: RegwatchChangeType, inForceOn: string | null, publishedOn: string | null, createdAt: string, severity: RegwatchSeverity, state: RegwatchAlertState, item: { id: string, identifierKind: RegwatchIdentifierKind } | null }> } };

export type RegwatchAlertQueryVariables = Exact<{
  id: string;
}>;


export type RegwatchAlertQuery = { node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Brief', id: string }
    | { __typename: 'CalendarFeed', id: string }
    | { __typename: 'Decision', id: string }
    | { __typename: 'ExtractionRun', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Nudge', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Participant', id: string }
    | (
      { __typename: 'RegwatchAlert', id: string }
      & { ' $fragmentRefs'?: { 'RegwatchAlertDetail_RegwatchAlertFragment': RegwatchAlertDetail_RegwatchAlertFragment } }
    )
    | { __typename: 'RegwatchItem', id: string }
    | { __typename: 'RegwatchSource', id: string }
    | { __typename: 'RegwatchTopic', id: string }
    | { __typename: 'RegwatchVersion', id: string }
    | { __typename: 'SavedProcurementScenario', id: string }
    | { __typename: 'SpeechTranscription', id: string }
    | { __typename: 'Stakeholder', id: string }
    | { __typename: 'Transcript', id: string }
    | { __typename: 'User', id: string }
   | null };

export type RegwatchAlertsSubscriptionVariables = Exact<{
  filter?: RegwatchAlertSubscriptionFilter | null | undefined;
}>;


export type RegwatchAlertsSubscription = { regwatchAlerts: { id: string, title: string, severity: RegwatchSeverity, state: RegwatchAlertState, triagedAt: string | null, matchedTopics: Array<{ id: string, name: string }> } | null };

export type AcknowledgeRegwatchAlertMutationVariables = Exact<{
  input: RegwatchAlertIdInput;
}>;


export type AcknowledgeRegwatchAlertMutation = { acknowledgeRegwatchAlert: { alert: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchAlertTriageState_RegwatchAlertFragment': RegwatchAlertTriageState_RegwatchAlertFragment } }
    ) | null } };

export type DismissRegwatchAlertMutationVariables = Exact<{
  input: DismissRegwatchAlertInput;
}>;


export type DismissRegwatchAlertMutation = { dismissRegwatchAlert: { alert: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchAlertTriageState_RegwatchAlertFragment': RegwatchAlertTriageState_RegwatchAlertFragment } }
    ) | null } };

export type AssignRegwatchAlertMutationVariables = Exact<{
  input: AssignRegwatchAlertInput;
}>;


export type AssignRegwatchAlertMutation = { assignRegwatchAlert: { alert: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchAlertTriageState_RegwatchAlertFragment': RegwatchAlertTriageState_RegwatchAlertFragment } }
    ) | null } };

export type RegwatchAssignableUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegwatchAssignableUsersQuery = { assignableUsers: Array<{ id: string, name: string }> };

export type RegwatchTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegwatchTopicsQuery = { regwatchTopics: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'RegwatchTopicItem_RegwatchTopicFragment': RegwatchTopicItem_RegwatchTopicFragment } }
  )> };

export type CreateRegwatchTopicMutationVariables = Exact<{
  input: CreateRegwatchTopicInput;
}>;


export type CreateRegwatchTopicMutation = { createRegwatchTopic: { topic: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchTopicItem_RegwatchTopicFragment': RegwatchTopicItem_RegwatchTopicFragment } }
    ) | null } };

export type UpdateRegwatchTopicMutationVariables = Exact<{
  input: UpdateRegwatchTopicInput;
}>;


export type UpdateRegwatchTopicMutation = { updateRegwatchTopic: { topic: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchTopicItem_RegwatchTopicFragment': RegwatchTopicItem_RegwatchTopicFragment } }
    ) | null } };

export type DeleteRegwatchTopicMutationVariables = Exact<{
  input: RegwatchTopicIdInput;
}>;


export type DeleteRegwatchTopicMutation = { deleteRegwatchTopic: { deletedTopicId: string } };

export type RegwatchSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegwatchSourcesQuery = { regwatchSources: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'RegwatchSourceItem_RegwatchSourceFragment': RegwatchSourceItem_RegwatchSourceFragment } }
  )> };

export type CreateRegwatchSourceMutationVariables = Exact<{
  input: CreateRegwatchSourceInput;
}>;


export type CreateRegwatchSourceMutation = { createRegwatchSource: { source: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchSourceItem_RegwatchSourceFragment': RegwatchSourceItem_RegwatchSourceFragment } }
    ) | null } };

export type UpdateRegwatchSourceMutationVariables = Exact<{
  input: UpdateRegwatchSourceInput;
}>;


export type UpdateRegwatchSourceMutation = { updateRegwatchSource: { source: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchSourceItem_RegwatchSourceFragment': RegwatchSourceItem_RegwatchSourceFragment } }
    ) | null } };

export type DeleteRegwatchSourceMutationVariables = Exact<{
  input: RegwatchSourceIdInput;
}>;


export type DeleteRegwatchSourceMutation = { deleteRegwatchSource: { deletedSourceId: string } };

export type PollRegwatchSourceMutationVariables = Exact<{
  input: RegwatchSourceIdInput;
}>;


export type PollRegwatchSourceMutation = { pollRegwatchSource: { status: RegwatchPollStatus, errorCode: string | null, newItems: number, newVersions: number, alerts: number, source: (
      { id: string }
      & { ' $fragmentRefs'?: { 'RegwatchSourceItem_RegwatchSourceFragment': RegwatchSourceItem_RegwatchSourceFragment } }
    ) | null } };

export type DashboardQueryVariables = Exact<{
  now: string;
  meetingsFirst: number;
  itemsFirst: number;
}>;


export type DashboardQuery = { viewer: { canEdit: boolean }, upcomingMeetings: { totalCount: number, nodes: Array<(
      { id: string, startsAt: string }
      & { ' $fragmentRefs'?: { 'MeetingListItem_MeetingFragment': MeetingListItem_MeetingFragment;'DashboardBriefsPanel_MeetingFragment': DashboardBriefsPanel_MeetingFragment } }
    )> }, openActionItems: { totalCount: number, nodes: Array<(
      { id: string, status: ActionItemStatus, isOverdue: boolean }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    )> }, overdueActionItems: { totalCount: number } };

export type MeetingPageQueryVariables = Exact<{
  id: string;
  listSize: number;
}>;


export type MeetingPageQuery = { viewer: { canEdit: boolean, canAdmin: boolean }, meeting: (
    { id: string, title: string, startsAt: string, endsAt: string | null, status: MeetingStatus, sensitivity: Sensitivity, location: string | null, agendaItems: Array<string>, viewerCanEdit: boolean, decisions: { totalCount: number, nodes: Array<(
        { id: string, reviewState: ReviewState }
        & { ' $fragmentRefs'?: { 'DecisionItem_DecisionFragment': DecisionItem_DecisionFragment;'SuggestionsPanel_DecisionFragment': SuggestionsPanel_DecisionFragment } }
      )> }, actionItems: { totalCount: number, nodes: Array<(
        { id: string, reviewState: ReviewState }
        & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment;'ActionItemProvenance_ActionItemFragment': ActionItemProvenance_ActionItemFragment;'SuggestionsPanel_ActionItemFragment': SuggestionsPanel_ActionItemFragment } }
      )> } }
    & { ' $fragmentRefs'?: { 'ParticipantsPanel_MeetingFragment': ParticipantsPanel_MeetingFragment;'TranscriptPanel_MeetingFragment': TranscriptPanel_MeetingFragment;'TranscriptViewer_MeetingFragment': TranscriptViewer_MeetingFragment;'BriefsPanel_MeetingFragment': BriefsPanel_MeetingFragment;'CalendarDownloadButton_MeetingFragment': CalendarDownloadButton_MeetingFragment;'MeetingForm_MeetingFragment': MeetingForm_MeetingFragment } }
  ) | null };

export type MyActionItemsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActionItemsViewerQuery = { viewer: { canEdit: boolean, user: { id: string } } };

export type MyActionItemsQueryVariables = Exact<{
  ownerId: string;
  status?: Array<ActionItemStatus> | ActionItemStatus | null | undefined;
  first: number;
  orderBy?: ActionItemOrder | null | undefined;
}>;


export type MyActionItemsQuery = { actionItems: { totalCount: number, nodes: Array<(
      { id: string, status: ActionItemStatus, isOverdue: boolean, owner: { id: string } | null }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    )> }, overdue: { totalCount: number } };

export type NewMeetingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type NewMeetingViewerQuery = { viewer: { canEdit: boolean, canAdmin: boolean } };

export type SettingsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsViewerQuery = { viewer: { canAdmin: boolean, canEdit: boolean, user: { id: string } } };

export type StakeholdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StakeholderFilter | null | undefined;
}>;


export type StakeholdersQuery = { viewer: { canEdit: boolean }, stakeholders: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'StakeholderCard_StakeholderFragment': StakeholderCard_StakeholderFragment;'StakeholderContact_StakeholderFragment': StakeholderContact_StakeholderFragment } }
    )> } };

export const ActionItemRow_ActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<ActionItemRow_ActionItemFragment, unknown>;
export const AppHeader_ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppHeader_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppHeader_ViewerFragment, unknown>;
export const BriefsPanel_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"briefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<BriefsPanel_MeetingFragment, unknown>;
export const DashboardBriefsPanel_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBriefsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"briefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DashboardBriefsPanel_MeetingFragment, unknown>;
export const DecisionProvenance_DecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}}]} as unknown as DocumentNode<DecisionProvenance_DecisionFragment, unknown>;
export const DecisionItem_DecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionItem_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionProvenance_Decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}}]} as unknown as DocumentNode<DecisionItem_DecisionFragment, unknown>;
export const MeetingListItem_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MeetingListItem_MeetingFragment, unknown>;
export const ParticipantItem_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantItem_Participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}}]} as unknown as DocumentNode<ParticipantItem_ParticipantFragment, unknown>;
export const ParticipantsPanel_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantItem_Participant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantItem_Participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}}]} as unknown as DocumentNode<ParticipantsPanel_MeetingFragment, unknown>;
export const ActionItemProvenance_ActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemProvenance_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}}]} as unknown as DocumentNode<ActionItemProvenance_ActionItemFragment, unknown>;
export const CalendarDownloadButton_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarDownloadButton_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"icalendar"}}]}}]} as unknown as DocumentNode<CalendarDownloadButton_MeetingFragment, unknown>;
export const CalendarFeedItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}}]} as unknown as DocumentNode<CalendarFeedItemFragment, unknown>;
export const DeadLetterItem_DeadLetterFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadLetterItem_DeadLetter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"jobKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"firstFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]} as unknown as DocumentNode<DeadLetterItem_DeadLetterFragment, unknown>;
export const JobQueueRow_JobQueueStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobQueueRow_JobQueueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueueState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded24h"}}]}}]} as unknown as DocumentNode<JobQueueRow_JobQueueStateFragment, unknown>;
export const NudgeItem_NudgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<NudgeItem_NudgeFragment, unknown>;
export const RegwatchMatchReasons_RegwatchAlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedStakeholderCount"}}]}}]} as unknown as DocumentNode<RegwatchMatchReasons_RegwatchAlertFragment, unknown>;
export const RegwatchAlertTriageState_RegwatchAlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RegwatchAlertTriageState_RegwatchAlertFragment, unknown>;
export const RegwatchAlertCard_RegwatchAlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertCard_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"diffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifierKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedStakeholderCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RegwatchAlertCard_RegwatchAlertFragment, unknown>;
export const RegwatchVersionDiff_RegwatchVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchVersionDiff_RegwatchVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"words"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]}}]} as unknown as DocumentNode<RegwatchVersionDiff_RegwatchVersionFragment, unknown>;
export const RegwatchAlertDetail_RegwatchAlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertDetail_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"diffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanTriage"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"identifierKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchVersionDiff_RegwatchVersion"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchVersionDiff_RegwatchVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"words"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedStakeholderCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RegwatchAlertDetail_RegwatchAlertFragment, unknown>;
export const RegwatchSourceItem_RegwatchSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"selector"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"systemWide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<RegwatchSourceItem_RegwatchSourceFragment, unknown>;
export const RegwatchTopicItem_RegwatchTopicFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchTopicItem_RegwatchTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<RegwatchTopicItem_RegwatchTopicFragment, unknown>;
export const SuggestionsPanel_DecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionsPanel_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<SuggestionsPanel_DecisionFragment, unknown>;
export const SuggestionsPanel_ActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionsPanel_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<SuggestionsPanel_ActionItemFragment, unknown>;
export const AuditLogItem_AuditEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogItem_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]} as unknown as DocumentNode<AuditLogItem_AuditEventFragment, unknown>;
export const TokenItem_ApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenItem_ApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<TokenItem_ApiTokenFragment, unknown>;
export const UserRow_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<UserRow_UserFragment, unknown>;
export const StakeholderCard_StakeholderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}}]} as unknown as DocumentNode<StakeholderCard_StakeholderFragment, unknown>;
export const StakeholderContact_StakeholderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<StakeholderContact_StakeholderFragment, unknown>;
export const RunStatus_ExtractionRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<RunStatus_ExtractionRunFragment, unknown>;
export const TranscriptFacts_TranscriptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TranscriptFacts_TranscriptFragment, unknown>;
export const TranscriptPanel_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<TranscriptPanel_MeetingFragment, unknown>;
export const RunPayload_ExtractionRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunPayload_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RunPayload_ExtractionRunFragment, unknown>;
export const AudioUpload_SpeechTranscriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudioUpload_SpeechTranscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpeechTranscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"turns"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunPayload_ExtractionRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunPayload_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}}]} as unknown as DocumentNode<AudioUpload_SpeechTranscriptionFragment, unknown>;
export const TranscriptCue_SegmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptCue_Segment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptSegment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}},{"kind":"Field","name":{"kind":"Name","value":"endMs"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<TranscriptCue_SegmentFragment, unknown>;
export const TranscriptViewer_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptViewer_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}}]}}]}}]} as unknown as DocumentNode<TranscriptViewer_MeetingFragment, unknown>;
export const MeetingForm_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingForm_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]} as unknown as DocumentNode<MeetingForm_MeetingFragment, unknown>;
export const ProcurementResult_ResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementResult_Result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdSek"}},{"kind":"Field","name":{"kind":"Name","value":"directAwardLimitSek"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minTenderDays"}},{"kind":"Field","name":{"kind":"Name","value":"standstillDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAwardDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestContractDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"priceScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightChangeToFlipWinner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceToWinSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ProcurementResult_ResultFragment, unknown>;
export const ProcurementScenario_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementScenario_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"priorInformationNotice"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDays"}},{"kind":"Field","name":{"kind":"Name","value":"awardDecisionSentElectronically"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"priceWeight"}},{"kind":"Field","name":{"kind":"Name","value":"priceCeilingSek"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloorSek"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxAddedValueSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceSek"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementScenario_FormFragment, unknown>;
export const CompleteActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const ReopenActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<ReopenActionItemMutation, ReopenActionItemMutationVariables>;
export const AppShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAdmin"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppHeader_Viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppHeader_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppShellQuery, AppShellQueryVariables>;
export const SetParticipantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParticipantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParticipantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParticipantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetParticipantConsentMutation, SetParticipantConsentMutationVariables>;
export const ProvenanceViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvenanceViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<ProvenanceViewerQuery, ProvenanceViewerQueryVariables>;
export const CalendarFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}}]} as unknown as DocumentNode<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const PollCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PollCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}}]} as unknown as DocumentNode<PollCalendarFeedMutation, PollCalendarFeedMutationVariables>;
export const DeleteCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedFeedId"}}]}}]}}]} as unknown as DocumentNode<DeleteCalendarFeedMutation, DeleteCalendarFeedMutationVariables>;
export const CalendarImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarImportMutation, CalendarImportMutationVariables>;
export const ActionItemTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionItemTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItemTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<ActionItemTrendQuery, ActionItemTrendQueryVariables>;
export const ReviewSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewSuggestionMutation, ReviewSuggestionMutationVariables>;
export const SettingsApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenItem_ApiToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenItem_ApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<SettingsApiTokensQuery, SettingsApiTokensQueryVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogItem_AuditEvent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogItem_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const BriefSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preBriefLeadHours"}},{"kind":"Field","name":{"kind":"Name","value":"preBriefEmail"}}]}}]}}]} as unknown as DocumentNode<BriefSettingsQuery, BriefSettingsQueryVariables>;
export const UpdateBriefSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBriefSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBriefSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBriefSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preBriefLeadHours"}},{"kind":"Field","name":{"kind":"Name","value":"preBriefEmail"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBriefSettingsMutation, UpdateBriefSettingsMutationVariables>;
export const ReviewSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ReviewSettingsQuery, ReviewSettingsQueryVariables>;
export const UpdateReviewSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReviewSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReviewSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateReviewSettingsMutation, UpdateReviewSettingsMutationVariables>;
export const ReviewPrecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPrecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPrecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}}]} as unknown as DocumentNode<ReviewPrecisionQuery, ReviewPrecisionQueryVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"slackConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"teamsConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ownQuietHours"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"slackConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"teamsConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ownQuietHours"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const NudgeRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NudgeRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudgeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stalledHours"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalate"}}]}}]}}]} as unknown as DocumentNode<NudgeRulesQuery, NudgeRulesQueryVariables>;
export const UpdateNudgeRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNudgeRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNudgeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNudgeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stalledHours"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalate"}}]}}]}}]} as unknown as DocumentNode<UpdateNudgeRulesMutation, UpdateNudgeRulesMutationVariables>;
export const SettingsUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_User"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<SettingsUsersQuery, SettingsUsersQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenItem_ApiToken"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenItem_ApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const UpdateUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserRoleMutation, UpdateUserRoleMutationVariables>;
export const CreateStakeholderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStakeholder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStakeholderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStakeholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CreateStakeholderMutation, CreateStakeholderMutationVariables>;
export const UpdateStakeholderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStakeholder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStakeholderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStakeholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<UpdateStakeholderMutation, UpdateStakeholderMutationVariables>;
export const SpeechSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpeechSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speechToText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}}]} as unknown as DocumentNode<SpeechSettingsQuery, SpeechSettingsQueryVariables>;
export const TranscribeAudioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TranscribeAudio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TranscribeAudioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transcribeAudio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudioUpload_SpeechTranscription"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunPayload_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudioUpload_SpeechTranscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpeechTranscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"turns"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunPayload_ExtractionRun"}}]}}]}}]} as unknown as DocumentNode<TranscribeAudioMutation, TranscribeAudioMutationVariables>;
export const SpeechFollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpeechFollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudioUpload_SpeechTranscription"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunPayload_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudioUpload_SpeechTranscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpeechTranscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"turns"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunPayload_ExtractionRun"}}]}}]}}]} as unknown as DocumentNode<SpeechFollowQuery, SpeechFollowQueryVariables>;
export const CompleteSpeechTranscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSpeechTranscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSpeechTranscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSpeechTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudioUpload_SpeechTranscription"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunPayload_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudioUpload_SpeechTranscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpeechTranscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"turns"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunPayload_ExtractionRun"}}]}}]}}]} as unknown as DocumentNode<CompleteSpeechTranscriptionMutation, CompleteSpeechTranscriptionMutationVariables>;
export const RerunExtractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RerunExtraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RerunExtractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rerunExtraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RerunExtractionMutation, RerunExtractionMutationVariables>;
export const StoredTranscriptSpeakersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoredTranscriptSpeakers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"turns"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoredTranscriptSpeakersQuery, StoredTranscriptSpeakersQueryVariables>;
export const SetTranscriptSpeakerMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTranscriptSpeakerMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTranscriptSpeakerMapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTranscriptSpeakerMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunPayload_ExtractionRun"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunPayload_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}}]} as unknown as DocumentNode<SetTranscriptSpeakerMapMutation, SetTranscriptSpeakerMapMutationVariables>;
export const AttachTranscriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachTranscript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachTranscriptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachTranscript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunPayload_ExtractionRun"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunPayload_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}}]} as unknown as DocumentNode<AttachTranscriptMutation, AttachTranscriptMutationVariables>;
export const TranscriptSpeakersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TranscriptSpeakers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptSpeakersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transcriptSpeakers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"turns"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TranscriptSpeakersQuery, TranscriptSpeakersQueryVariables>;
export const CreateSpeakerStakeholderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSpeakerStakeholder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStakeholderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStakeholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSpeakerStakeholderMutation, CreateSpeakerStakeholderMutationVariables>;
export const ExtractionRunChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExtractionRunChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extractionRunChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ExtractionRunChangedSubscription, ExtractionRunChangedSubscriptionVariables>;
export const ExtractionRunPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExtractionRunPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extractionRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ExtractionRunPollQuery, ExtractionRunPollQueryVariables>;
export const TranscriptSegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TranscriptSegments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptCue_Segment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptCue_Segment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptSegment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}},{"kind":"Field","name":{"kind":"Name","value":"endMs"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<TranscriptSegmentsQuery, TranscriptSegmentsQueryVariables>;
export const MeetingBriefGeneratedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingBriefGenerated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefGenerated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingBriefGeneratedSubscription, MeetingBriefGeneratedSubscriptionVariables>;
export const BriefNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BriefNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefGenerated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<BriefNoticeSubscription, BriefNoticeSubscriptionVariables>;
export const GeneratePostBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GeneratePostBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratePostBriefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePostBrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brief"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<GeneratePostBriefMutation, GeneratePostBriefMutationVariables>;
export const GeneratePreBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GeneratePreBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratePreBriefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePreBrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brief"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<GeneratePreBriefMutation, GeneratePreBriefMutationVariables>;
export const JobsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobQueueRow_JobQueueState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobQueueRow_JobQueueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueueState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded24h"}}]}}]} as unknown as DocumentNode<JobsPageQuery, JobsPageQueryVariables>;
export const JobsDeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsDeadLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadLetterItem_DeadLetter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadLetterItem_DeadLetter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"jobKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"firstFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]} as unknown as DocumentNode<JobsDeadLettersQuery, JobsDeadLettersQueryVariables>;
export const ReplayDeadLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayDeadLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]}}]}}]} as unknown as DocumentNode<ReplayDeadLetterMutation, ReplayDeadLetterMutationVariables>;
export const DiscardDeadLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardDeadLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]}}]}}]} as unknown as DocumentNode<DiscardDeadLetterMutation, DiscardDeadLetterMutationVariables>;
export const JobQueuesChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobQueuesChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobQueuesChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<JobQueuesChangedSubscription, JobQueuesChangedSubscriptionVariables>;
export const ActionItemChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ActionItemChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItemChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<ActionItemChangedSubscription, ActionItemChangedSubscriptionVariables>;
export const MeetingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem_Meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MeetingChangedSubscription, MeetingChangedSubscriptionVariables>;
export const MeetingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem_Meeting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MeetingsPageQuery, MeetingsPageQueryVariables>;
export const ParticipantCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ParticipantCandidatesQuery, ParticipantCandidatesQueryVariables>;
export const OwnerCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OwnerCandidatesQuery, OwnerCandidatesQueryVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingForm_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem_Meeting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingForm_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingForm_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem_Meeting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingForm_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const RemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedParticipantId"}}]}}]}}]} as unknown as DocumentNode<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const CreateDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionItem_Decision"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionItem_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionProvenance_Decision"}}]}}]} as unknown as DocumentNode<CreateDecisionMutation, CreateDecisionMutationVariables>;
export const UpdateDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionItem_Decision"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionItem_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionProvenance_Decision"}}]}}]} as unknown as DocumentNode<UpdateDecisionMutation, UpdateDecisionMutationVariables>;
export const CreateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<CreateActionItemMutation, CreateActionItemMutationVariables>;
export const UpdateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const AssignActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<AssignActionItemMutation, AssignActionItemMutationVariables>;
export const CancelActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<CancelActionItemMutation, CancelActionItemMutationVariables>;
export const NudgeUnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NudgeUnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unread"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<NudgeUnreadCountQuery, NudgeUnreadCountQueryVariables>;
export const NudgesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NudgesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NudgeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NudgeItem_Nudge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<NudgesPageQuery, NudgesPageQueryVariables>;
export const DashboardNudgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardNudges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unread"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NudgeItem_Nudge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardNudgesQuery, DashboardNudgesQueryVariables>;
export const LinkedNudgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedNudge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NudgeItem_Nudge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedNudgeQuery, LinkedNudgeQueryVariables>;
export const NudgesChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NudgesChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<NudgesChangedSubscription, NudgesChangedSubscriptionVariables>;
export const MarkNudgeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNudgeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NudgeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNudgeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNudgeReadMutation, MarkNudgeReadMutationVariables>;
export const MarkAllNudgesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNudgesRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNudgesRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}}]}}]}}]} as unknown as DocumentNode<MarkAllNudgesReadMutation, MarkAllNudgesReadMutationVariables>;
export const CompleteNudgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteNudge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NudgeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeNudge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NudgeItem_Nudge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteNudgeMutation, CompleteNudgeMutationVariables>;
export const SnoozeNudgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeNudge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SnoozeNudgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeNudge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NudgeItem_Nudge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SnoozeNudgeMutation, SnoozeNudgeMutationVariables>;
export const BlockNudgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockNudge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlockNudgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockNudge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NudgeItem_Nudge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<BlockNudgeMutation, BlockNudgeMutationVariables>;
export const ReassignNudgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignNudge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignNudgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignNudge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nudge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NudgeItem_Nudge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NudgeItem_Nudge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nudge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReassignNudgeMutation, ReassignNudgeMutationVariables>;
export const UnblockActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnblockActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnblockActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnblockActionItemMutation, UnblockActionItemMutationVariables>;
export const NudgeAssignableUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NudgeAssignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NudgeAssignableUsersQuery, NudgeAssignableUsersQueryVariables>;
export const NudgeViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NudgeViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NudgeViewerQuery, NudgeViewerQueryVariables>;
export const SimulateProcurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateProcurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementResult_Result"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementResult_Result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdSek"}},{"kind":"Field","name":{"kind":"Name","value":"directAwardLimitSek"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minTenderDays"}},{"kind":"Field","name":{"kind":"Name","value":"standstillDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAwardDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestContractDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"priceScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightChangeToFlipWinner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceToWinSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SimulateProcurementQuery, SimulateProcurementQueryVariables>;
export const ProcurementScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procurementScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementScenariosQuery, ProcurementScenariosQueryVariables>;
export const ProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementScenario_Form"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementScenario_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"priorInformationNotice"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDays"}},{"kind":"Field","name":{"kind":"Name","value":"awardDecisionSentElectronically"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"priceWeight"}},{"kind":"Field","name":{"kind":"Name","value":"priceCeilingSek"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloorSek"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxAddedValueSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceSek"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementScenarioQuery, ProcurementScenarioQueryVariables>;
export const CreateProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProcurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProcurementScenarioMutation, CreateProcurementScenarioMutationVariables>;
export const UpdateProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProcurementScenarioMutation, UpdateProcurementScenarioMutationVariables>;
export const DeleteProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProcurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedProcurementScenarioId"}}]}}]}}]} as unknown as DocumentNode<DeleteProcurementScenarioMutation, DeleteProcurementScenarioMutationVariables>;
export const CompareProcurementScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareProcurementScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareProcurementScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementScenario_Form"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementScenario_Form"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementResult_Result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementResult_Result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementScenario_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"priorInformationNotice"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDays"}},{"kind":"Field","name":{"kind":"Name","value":"awardDecisionSentElectronically"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"priceWeight"}},{"kind":"Field","name":{"kind":"Name","value":"priceCeilingSek"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloorSek"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxAddedValueSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceSek"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementResult_Result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdSek"}},{"kind":"Field","name":{"kind":"Name","value":"directAwardLimitSek"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minTenderDays"}},{"kind":"Field","name":{"kind":"Name","value":"standstillDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAwardDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestContractDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"priceScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightChangeToFlipWinner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceToWinSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CompareProcurementScenariosQuery, CompareProcurementScenariosQueryVariables>;
export const RegwatchViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegwatchViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<RegwatchViewerQuery, RegwatchViewerQueryVariables>;
export const RegwatchAlertsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegwatchAlertsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regwatchAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertCard_RegwatchAlert"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedStakeholderCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertCard_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"diffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifierKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"}}]}}]} as unknown as DocumentNode<RegwatchAlertsPageQuery, RegwatchAlertsPageQueryVariables>;
export const DashboardRegwatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRegwatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regwatchAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"severity"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HIGH"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifierKind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRegwatchQuery, DashboardRegwatchQueryVariables>;
export const RegwatchAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegwatchAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertDetail_RegwatchAlert"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchVersionDiff_RegwatchVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"words"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedStakeholderCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertDetail_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"diffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanTriage"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"identifierKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchVersionDiff_RegwatchVersion"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchMatchReasons_RegwatchAlert"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"}}]}}]} as unknown as DocumentNode<RegwatchAlertQuery, RegwatchAlertQueryVariables>;
export const RegwatchAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RegwatchAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlertSubscriptionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regwatchAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegwatchAlertsSubscription, RegwatchAlertsSubscriptionVariables>;
export const AcknowledgeRegwatchAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeRegwatchAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlertIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeRegwatchAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeRegwatchAlertMutation, AcknowledgeRegwatchAlertMutationVariables>;
export const DismissRegwatchAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissRegwatchAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissRegwatchAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissRegwatchAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DismissRegwatchAlertMutation, DismissRegwatchAlertMutationVariables>;
export const AssignRegwatchAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRegwatchAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRegwatchAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRegwatchAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchAlertTriageState_RegwatchAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AssignRegwatchAlertMutation, AssignRegwatchAlertMutationVariables>;
export const RegwatchAssignableUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegwatchAssignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegwatchAssignableUsersQuery, RegwatchAssignableUsersQueryVariables>;
export const RegwatchTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegwatchTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regwatchTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchTopicItem_RegwatchTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchTopicItem_RegwatchTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<RegwatchTopicsQuery, RegwatchTopicsQueryVariables>;
export const CreateRegwatchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegwatchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegwatchTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegwatchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchTopicItem_RegwatchTopic"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchTopicItem_RegwatchTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<CreateRegwatchTopicMutation, CreateRegwatchTopicMutationVariables>;
export const UpdateRegwatchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegwatchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegwatchTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegwatchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchTopicItem_RegwatchTopic"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchTopicItem_RegwatchTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<UpdateRegwatchTopicMutation, UpdateRegwatchTopicMutationVariables>;
export const DeleteRegwatchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRegwatchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchTopicIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRegwatchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTopicId"}}]}}]}}]} as unknown as DocumentNode<DeleteRegwatchTopicMutation, DeleteRegwatchTopicMutationVariables>;
export const RegwatchSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegwatchSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regwatchSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"selector"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"systemWide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<RegwatchSourcesQuery, RegwatchSourcesQueryVariables>;
export const CreateRegwatchSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegwatchSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegwatchSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegwatchSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"selector"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"systemWide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<CreateRegwatchSourceMutation, CreateRegwatchSourceMutationVariables>;
export const UpdateRegwatchSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegwatchSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegwatchSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegwatchSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"selector"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"systemWide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<UpdateRegwatchSourceMutation, UpdateRegwatchSourceMutationVariables>;
export const DeleteRegwatchSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRegwatchSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchSourceIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRegwatchSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedSourceId"}}]}}]}}]} as unknown as DocumentNode<DeleteRegwatchSourceMutation, DeleteRegwatchSourceMutationVariables>;
export const PollRegwatchSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PollRegwatchSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchSourceIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollRegwatchSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"newItems"}},{"kind":"Field","name":{"kind":"Name","value":"newVersions"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegwatchSourceItem_RegwatchSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegwatchSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"selector"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"systemWide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<PollRegwatchSourceMutation, PollRegwatchSourceMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcomingMeetings"},"name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBriefsPanel_Meeting"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openActionItems"},"name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdueActionItems"},"name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBriefsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"briefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantsPanel_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptViewer_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefsPanel_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarDownloadButton_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingForm_Meeting"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionItem_Decision"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionsPanel_Decision"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemProvenance_ActionItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionsPanel_ActionItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantItem_Participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptFacts_Transcript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transcript"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunStatus_ExtractionRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantItem_Participant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptFacts_Transcript"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunStatus_ExtractionRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechTranscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptViewer_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"briefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarDownloadButton_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"icalendar"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingForm_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionItem_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionProvenance_Decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionsPanel_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemProvenance_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionsPanel_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const MyActionItemsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActionItemsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyActionItemsViewerQuery, MyActionItemsViewerQueryVariables>;
export const MyActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"editedByHuman"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]} as unknown as DocumentNode<MyActionItemsQuery, MyActionItemsQueryVariables>;
export const NewMeetingViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewMeetingViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canAdmin"}}]}}]}}]} as unknown as DocumentNode<NewMeetingViewerQuery, NewMeetingViewerQueryVariables>;
export const SettingsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsViewerQuery, SettingsViewerQueryVariables>;
export const StakeholdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stakeholders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StakeholderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<StakeholdersQuery, StakeholdersQueryVariables>;