/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether an action item is still to be done. */
export type ActionItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** READ acts as a viewer; WRITE as an editor. */
export type ApiTokenScope =
  | 'READ'
  | 'WRITE';

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
};

/** PRE: before the meeting; POST: after it. */
export type BriefKind =
  | 'POST'
  | 'PRE';

/** Mark an action item done. */
export type CompleteActionItemInput = {
  /** The action item. */
  id: string;
};

/** A participant's consent to recording and AI processing of the meeting. */
export type ConsentStatus =
  | 'DECLINED'
  | 'GRANTED'
  | 'PENDING';

/** A new integrator API token. */
export type CreateApiTokenInput = {
  /** Days until it expires, 1–365. */
  expiresInDays: number;
  /** A label, e.g. the integration's name. */
  label: string;
  /** READ and/or WRITE. */
  scopes: Array<ApiTokenScope>;
};

/** Save a scenario for the organisation. */
export type CreateProcurementScenarioInput = {
  /** Name, 1–200 characters. */
  name: string;
  /** The scenario; validated exactly as `simulateProcurement` validates it. */
  scenario: ProcurementScenarioInput;
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

/** Delete a saved scenario. */
export type DeleteProcurementScenarioInput = {
  /** The saved scenario. */
  id: string;
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

/** Where a meeting is in its life. */
export type MeetingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

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

/** Which stakeholders to list. */
export type StakeholderFilter = {
  /** Words in the name, title or organisation. */
  search?: string | null | undefined;
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

/** Changes to a saved scenario; omitted fields stay as they are. */
export type UpdateProcurementScenarioInput = {
  /** The saved scenario. */
  id: string;
  /** New name, 1–200 characters. */
  name?: string | null | undefined;
  /** The whole new scenario, replacing the old one. */
  scenario?: ProcurementScenarioInput | null | undefined;
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

export type ActionItemRow_ActionItemFragment = { id: string, title: string, status: ActionItemStatus, dueDate: string | null, isOverdue: boolean, completedAt: string | null, ownerName: string | null, viewerCanEdit: boolean, updatedAt: string, owner: { id: string, name: string } | null, meeting: { id: string, title: string } | null } & { ' $fragmentName'?: 'ActionItemRow_ActionItemFragment' };

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

export type BriefsPanel_MeetingFragment = { id: string, viewerCanEdit: boolean, briefs: Array<{ id: string, kind: BriefKind, version: number, body: string, createdAt: string }> } & { ' $fragmentName'?: 'BriefsPanel_MeetingFragment' };

export type GeneratePostBriefMutationVariables = Exact<{
  input: GeneratePostBriefInput;
}>;


export type GeneratePostBriefMutation = { generatePostBrief: { brief: { id: string, kind: BriefKind, version: number, body: string, createdAt: string } | null } };

export type DecisionItem_DecisionFragment = (
  { id: string, text: string, decidedAt: string | null }
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

export type ExtractionRunStatus_RunFragment = { id: string, status: ExtractionRunStatus, progress: number, source: string | null, failureCode: string | null, failureReason: string | null, decisionCount: number | null, actionItemCount: number | null, createdAt: string, startedAt: string | null, finishedAt: string | null } & { ' $fragmentName'?: 'ExtractionRunStatus_RunFragment' };

export type TranscriptPanel_MeetingFragment = { id: string, sensitivity: Sensitivity, viewerCanEdit: boolean, participants: Array<{ id: string, consent: ConsentStatus }>, transcript: { id: string, format: TranscriptFormat, filename: string | null, byteSize: number, segmentCount: number, speakerCount: number, createdAt: string, uploadedBy: { id: string, name: string } | null } | null, extractionRuns: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'ExtractionRunStatus_RunFragment': ExtractionRunStatus_RunFragment } }
  )> } & { ' $fragmentName'?: 'TranscriptPanel_MeetingFragment' };

export type AttachTranscriptMutationVariables = Exact<{
  input: AttachTranscriptInput;
}>;


export type AttachTranscriptMutation = { attachTranscript: { transcript: { id: string } | null, run: (
      { id: string, meeting: (
        { id: string }
        & { ' $fragmentRefs'?: { 'TranscriptPanel_MeetingFragment': TranscriptPanel_MeetingFragment } }
      ) | null }
      & { ' $fragmentRefs'?: { 'ExtractionRunStatus_RunFragment': ExtractionRunStatus_RunFragment } }
    ) | null } };

export type RerunExtractionMutationVariables = Exact<{
  input: RerunExtractionInput;
}>;


export type RerunExtractionMutation = { rerunExtraction: { run: (
      { id: string, meeting: (
        { id: string }
        & { ' $fragmentRefs'?: { 'TranscriptPanel_MeetingFragment': TranscriptPanel_MeetingFragment } }
      ) | null }
      & { ' $fragmentRefs'?: { 'ExtractionRunStatus_RunFragment': ExtractionRunStatus_RunFragment } }
    ) | null } };

export type ExtractionRunChangedSubscriptionVariables = Exact<{
  meetingId: string;
}>;


export type ExtractionRunChangedSubscription = { extractionRunChanged: (
    { id: string, meeting: { id: string, extractionRuns: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'ExtractionRunStatus_RunFragment': ExtractionRunStatus_RunFragment } }
      )> } | null }
    & { ' $fragmentRefs'?: { 'ExtractionRunStatus_RunFragment': ExtractionRunStatus_RunFragment } }
  ) | null };

export type ExtractionRunPollQueryVariables = Exact<{
  id: string;
}>;


export type ExtractionRunPollQuery = { extractionRun: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ExtractionRunStatus_RunFragment': ExtractionRunStatus_RunFragment } }
  ) | null };

export type DeadLetterItem_DeadLetterFragment = { id: string, jobName: string, jobKey: string, errorCode: string, errorMessage: string, attempts: number, firstFailedAt: string, lastFailedAt: string, status: DeadLetterStatus, system: boolean, viewerCanResolve: boolean } & { ' $fragmentName'?: 'DeadLetterItem_DeadLetterFragment' };

export type JobQueueRow_JobQueueStateFragment = { jobName: string, description: string, schedule: string | null, queued: number, running: number, failed: number, dead: number, succeeded24h: number } & { ' $fragmentName'?: 'JobQueueRow_JobQueueStateFragment' };

export type SettingsApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsApiTokensQuery = { apiTokens: Array<{ id: string, label: string, prefix: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, label: string, prefix: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null } | null } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string, revokedAt: string | null } | null } };

export type SettingsUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SettingsUsersQuery = { users: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, email: string | null, role: Role }> } };

export type UpdateUserRoleMutationVariables = Exact<{
  input: UpdateUserRoleInput;
}>;


export type UpdateUserRoleMutation = { updateUserRole: { user: { id: string, role: Role } | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, name: string, email: string | null, role: Role } | null } };

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
    { id: string, status: ActionItemStatus, title: string, meeting: { id: string } | null }
    & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
  ) | null };

export type MeetingChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MeetingChangedSubscription = { meetingChanged: (
    { id: string, title: string }
    & { ' $fragmentRefs'?: { 'MeetingListItem_MeetingFragment': MeetingListItem_MeetingFragment } }
  ) | null };

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

export type DashboardQueryVariables = Exact<{
  now: string;
  meetingsFirst: number;
  itemsFirst: number;
}>;


export type DashboardQuery = { viewer: { canEdit: boolean }, upcomingMeetings: { totalCount: number, nodes: Array<(
      { id: string, startsAt: string }
      & { ' $fragmentRefs'?: { 'MeetingListItem_MeetingFragment': MeetingListItem_MeetingFragment } }
    )> }, openActionItems: { totalCount: number, nodes: Array<(
      { id: string, status: ActionItemStatus, isOverdue: boolean }
      & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment } }
    )> }, overdueActionItems: { totalCount: number } };

export type MeetingPageQueryVariables = Exact<{
  id: string;
  listSize: number;
}>;


export type MeetingPageQuery = { viewer: { canEdit: boolean }, meeting: (
    { id: string, title: string, startsAt: string, endsAt: string | null, status: MeetingStatus, sensitivity: Sensitivity, location: string | null, agendaItems: Array<string>, viewerCanEdit: boolean, decisions: { totalCount: number, nodes: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'DecisionItem_DecisionFragment': DecisionItem_DecisionFragment } }
      )> }, actionItems: { totalCount: number, nodes: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'ActionItemRow_ActionItemFragment': ActionItemRow_ActionItemFragment;'ActionItemProvenance_ActionItemFragment': ActionItemProvenance_ActionItemFragment } }
      )> } }
    & { ' $fragmentRefs'?: { 'ParticipantsPanel_MeetingFragment': ParticipantsPanel_MeetingFragment;'TranscriptPanel_MeetingFragment': TranscriptPanel_MeetingFragment;'BriefsPanel_MeetingFragment': BriefsPanel_MeetingFragment } }
  ) | null };

export type SettingsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsViewerQuery = { viewer: { canAdmin: boolean, user: { id: string } } };

export type StakeholdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StakeholderFilter | null | undefined;
}>;


export type StakeholdersQuery = { viewer: { canEdit: boolean }, stakeholders: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'StakeholderCard_StakeholderFragment': StakeholderCard_StakeholderFragment;'StakeholderContact_StakeholderFragment': StakeholderContact_StakeholderFragment } }
    )> } };

export const ActionItemRow_ActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ActionItemRow_ActionItemFragment, unknown>;
export const AppHeader_ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppHeader_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppHeader_ViewerFragment, unknown>;
export const BriefsPanel_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"briefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<BriefsPanel_MeetingFragment, unknown>;
export const DecisionProvenance_DecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}}]} as unknown as DocumentNode<DecisionProvenance_DecisionFragment, unknown>;
export const DecisionItem_DecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionItem_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionProvenance_Decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}}]} as unknown as DocumentNode<DecisionItem_DecisionFragment, unknown>;
export const MeetingListItem_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MeetingListItem_MeetingFragment, unknown>;
export const ParticipantItem_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantItem_Participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}}]} as unknown as DocumentNode<ParticipantItem_ParticipantFragment, unknown>;
export const ParticipantsPanel_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantItem_Participant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantItem_Participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}}]} as unknown as DocumentNode<ParticipantsPanel_MeetingFragment, unknown>;
export const ActionItemProvenance_ActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemProvenance_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}}]} as unknown as DocumentNode<ActionItemProvenance_ActionItemFragment, unknown>;
export const ExtractionRunStatus_RunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtractionRunStatus_Run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ExtractionRunStatus_RunFragment, unknown>;
export const TranscriptPanel_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtractionRunStatus_Run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<TranscriptPanel_MeetingFragment, unknown>;
export const DeadLetterItem_DeadLetterFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadLetterItem_DeadLetter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"jobKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"firstFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]} as unknown as DocumentNode<DeadLetterItem_DeadLetterFragment, unknown>;
export const JobQueueRow_JobQueueStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobQueueRow_JobQueueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueueState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded24h"}}]}}]} as unknown as DocumentNode<JobQueueRow_JobQueueStateFragment, unknown>;
export const StakeholderCard_StakeholderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}}]} as unknown as DocumentNode<StakeholderCard_StakeholderFragment, unknown>;
export const StakeholderContact_StakeholderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<StakeholderContact_StakeholderFragment, unknown>;
export const ProcurementResult_ResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementResult_Result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdSek"}},{"kind":"Field","name":{"kind":"Name","value":"directAwardLimitSek"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minTenderDays"}},{"kind":"Field","name":{"kind":"Name","value":"standstillDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAwardDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestContractDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"priceScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightChangeToFlipWinner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceToWinSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ProcurementResult_ResultFragment, unknown>;
export const ProcurementScenario_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementScenario_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"priorInformationNotice"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDays"}},{"kind":"Field","name":{"kind":"Name","value":"awardDecisionSentElectronically"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"priceWeight"}},{"kind":"Field","name":{"kind":"Name","value":"priceCeilingSek"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloorSek"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxAddedValueSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceSek"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementScenario_FormFragment, unknown>;
export const CompleteActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const ReopenActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReopenActionItemMutation, ReopenActionItemMutationVariables>;
export const AppShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAdmin"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppHeader_Viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppHeader_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppShellQuery, AppShellQueryVariables>;
export const GeneratePostBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GeneratePostBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratePostBriefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePostBrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brief"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<GeneratePostBriefMutation, GeneratePostBriefMutationVariables>;
export const SetParticipantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParticipantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParticipantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParticipantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetParticipantConsentMutation, SetParticipantConsentMutationVariables>;
export const AttachTranscriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachTranscript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachTranscriptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachTranscript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtractionRunStatus_Run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}}]}}]}}]} as unknown as DocumentNode<AttachTranscriptMutation, AttachTranscriptMutationVariables>;
export const RerunExtractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RerunExtraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RerunExtractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rerunExtraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtractionRunStatus_Run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}}]}}]}}]} as unknown as DocumentNode<RerunExtractionMutation, RerunExtractionMutationVariables>;
export const ExtractionRunChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExtractionRunChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extractionRunChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtractionRunStatus_Run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ExtractionRunChangedSubscription, ExtractionRunChangedSubscriptionVariables>;
export const ExtractionRunPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExtractionRunPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extractionRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtractionRunStatus_Run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ExtractionRunPollQuery, ExtractionRunPollQueryVariables>;
export const SettingsApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<SettingsApiTokensQuery, SettingsApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SettingsUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsUsersQuery, SettingsUsersQueryVariables>;
export const UpdateUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserRoleMutation, UpdateUserRoleMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateStakeholderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStakeholder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStakeholderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStakeholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CreateStakeholderMutation, CreateStakeholderMutationVariables>;
export const UpdateStakeholderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStakeholder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStakeholderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStakeholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<UpdateStakeholderMutation, UpdateStakeholderMutationVariables>;
export const JobsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobQueueRow_JobQueueState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobQueueRow_JobQueueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueueState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded24h"}}]}}]} as unknown as DocumentNode<JobsPageQuery, JobsPageQueryVariables>;
export const JobsDeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsDeadLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadLetterItem_DeadLetter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadLetterItem_DeadLetter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"jobKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"firstFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]} as unknown as DocumentNode<JobsDeadLettersQuery, JobsDeadLettersQueryVariables>;
export const ReplayDeadLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayDeadLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]}}]}}]} as unknown as DocumentNode<ReplayDeadLetterMutation, ReplayDeadLetterMutationVariables>;
export const DiscardDeadLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardDeadLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}}]}}]}}]}}]} as unknown as DocumentNode<DiscardDeadLetterMutation, DiscardDeadLetterMutationVariables>;
export const JobQueuesChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobQueuesChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobQueuesChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<JobQueuesChangedSubscription, JobQueuesChangedSubscriptionVariables>;
export const ActionItemChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ActionItemChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItemChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ActionItemChangedSubscription, ActionItemChangedSubscriptionVariables>;
export const MeetingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem_Meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MeetingChangedSubscription, MeetingChangedSubscriptionVariables>;
export const SimulateProcurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateProcurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementResult_Result"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementResult_Result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdSek"}},{"kind":"Field","name":{"kind":"Name","value":"directAwardLimitSek"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minTenderDays"}},{"kind":"Field","name":{"kind":"Name","value":"standstillDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAwardDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestContractDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"priceScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightChangeToFlipWinner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceToWinSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SimulateProcurementQuery, SimulateProcurementQueryVariables>;
export const ProcurementScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procurementScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementScenariosQuery, ProcurementScenariosQueryVariables>;
export const ProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementScenario_Form"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementScenario_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"priorInformationNotice"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDays"}},{"kind":"Field","name":{"kind":"Name","value":"awardDecisionSentElectronically"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"priceWeight"}},{"kind":"Field","name":{"kind":"Name","value":"priceCeilingSek"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloorSek"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxAddedValueSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceSek"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementScenarioQuery, ProcurementScenarioQueryVariables>;
export const CreateProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProcurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProcurementScenarioMutation, CreateProcurementScenarioMutationVariables>;
export const UpdateProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProcurementScenarioMutation, UpdateProcurementScenarioMutationVariables>;
export const DeleteProcurementScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProcurementScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProcurementScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProcurementScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedProcurementScenarioId"}}]}}]}}]} as unknown as DocumentNode<DeleteProcurementScenarioMutation, DeleteProcurementScenarioMutationVariables>;
export const CompareProcurementScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareProcurementScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareProcurementScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementScenario_Form"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementScenario_Form"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementResult_Result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcurementResult_Result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementScenario_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"priorInformationNotice"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"similarPurchasesValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDays"}},{"kind":"Field","name":{"kind":"Name","value":"awardDecisionSentElectronically"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"priceWeight"}},{"kind":"Field","name":{"kind":"Name","value":"priceCeilingSek"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloorSek"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxAddedValueSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceSek"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcurementResult_Result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdSek"}},{"kind":"Field","name":{"kind":"Name","value":"directAwardLimitSek"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minTenderDays"}},{"kind":"Field","name":{"kind":"Name","value":"standstillDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAwardDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestContractDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"priceScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightChangeToFlipWinner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"priceToWinSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CompareProcurementScenariosQuery, CompareProcurementScenariosQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcomingMeetings"},"name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem_Meeting"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openActionItems"},"name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdueActionItems"},"name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantsPanel_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptPanel_Meeting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefsPanel_Meeting"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionItem_Decision"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow_ActionItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemProvenance_ActionItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantItem_Participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtractionRunStatus_Run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractionRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionProvenance_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantItem_Participant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"speakerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extractionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtractionRunStatus_Run"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefsPanel_Meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"briefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionItem_Decision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionProvenance_Decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemProvenance_ActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const SettingsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsViewerQuery, SettingsViewerQueryVariables>;
export const StakeholdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stakeholders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StakeholderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderCard_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StakeholderContact_Stakeholder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stakeholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<StakeholdersQuery, StakeholdersQueryVariables>;