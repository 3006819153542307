/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n    source\n    editedByHuman\n    reviewState\n  }\n": typeof types.ActionItemRow_ActionItemFragmentDoc,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.ReopenActionItemDocument,
    "\n  fragment AppHeader_Viewer on Viewer {\n    role\n    user {\n      id\n      name\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.AppHeader_ViewerFragmentDoc,
    "\n  query AppShell {\n    viewer {\n      # Not read here: primes the cache for the owner picker of nudges (NudgeViewer).\n      canAdmin\n      ...AppHeader_Viewer\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  fragment BriefsPanel_Meeting on Meeting {\n    id\n    startsAt\n    viewerCanEdit\n    briefs {\n      id\n      kind\n      version\n      body\n      createdAt\n    }\n  }\n": typeof types.BriefsPanel_MeetingFragmentDoc,
    "\n  fragment DashboardBriefsPanel_Meeting on Meeting {\n    id\n    title\n    startsAt\n    status\n    briefs {\n      id\n      kind\n      version\n      createdAt\n    }\n  }\n": typeof types.DashboardBriefsPanel_MeetingFragmentDoc,
    "\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n    source\n    editedByHuman\n    reviewState\n    ...DecisionProvenance_Decision\n  }\n": typeof types.DecisionItem_DecisionFragmentDoc,
    "\n  fragment MeetingListItem_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    sensitivity\n    location\n  }\n": typeof types.MeetingListItem_MeetingFragmentDoc,
    "\n  fragment ParticipantItem_Participant on Participant {\n    id\n    consent\n    consentUpdatedAt\n    stakeholder {\n      id\n      name\n      title\n      organization\n    }\n  }\n": typeof types.ParticipantItem_ParticipantFragmentDoc,
    "\n  fragment ParticipantsPanel_Meeting on Meeting {\n    id\n    viewerCanEdit\n    transcript {\n      id\n    }\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n      ...ParticipantItem_Participant\n    }\n  }\n": typeof types.ParticipantsPanel_MeetingFragmentDoc,
    "\n  mutation SetParticipantConsent($input: SetParticipantConsentInput!) {\n    setParticipantConsent(input: $input) {\n      participant {\n        id\n        consent\n        consentUpdatedAt\n      }\n    }\n  }\n": typeof types.SetParticipantConsentDocument,
    "\n  fragment DecisionProvenance_Decision on Decision {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n": typeof types.DecisionProvenance_DecisionFragmentDoc,
    "\n  fragment ActionItemProvenance_ActionItem on ActionItem {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n": typeof types.ActionItemProvenance_ActionItemFragmentDoc,
    "\n  query ProvenanceViewer {\n    viewer {\n      canEdit\n    }\n  }\n": typeof types.ProvenanceViewerDocument,
    "\n  fragment TranscriptPanel_Meeting on Meeting {\n    id\n    sensitivity\n    viewerCanEdit\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n    }\n    transcript {\n      id\n      ...TranscriptFacts_Transcript\n    }\n    extractionRuns {\n      id\n      ...RunStatus_ExtractionRun\n    }\n    speechTranscription {\n      id\n      status\n    }\n  }\n": typeof types.TranscriptPanel_MeetingFragmentDoc,
    "\n  fragment CalendarDownloadButton_Meeting on Meeting {\n    id\n    title\n    icalendar\n  }\n": typeof types.CalendarDownloadButton_MeetingFragmentDoc,
    "\n  fragment CalendarFeedItem on CalendarFeed {\n    id\n    name\n    url\n    lastStatus\n    lastPolledAt\n    lastErrorCode\n    consecutiveFailures\n  }\n": typeof types.CalendarFeedItemFragmentDoc,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      ...CalendarFeedItem\n    }\n  }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation PollCalendarFeed($input: PollCalendarFeedInput!) {\n    pollCalendarFeed(input: $input) {\n      status\n      errorCode\n      created\n      updated\n      cancelled\n      unchanged\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n": typeof types.PollCalendarFeedDocument,
    "\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      deletedFeedId\n    }\n  }\n": typeof types.DeleteCalendarFeedDocument,
    "\n  mutation CalendarImport($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      created\n      updated\n      cancelled\n      unchanged\n      meetings {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": typeof types.CalendarImportDocument,
    "\n  query ActionItemTrend($days: Int!) {\n    actionItemTrend(days: $days) {\n      date\n      open\n      done\n      overdue\n    }\n  }\n": typeof types.ActionItemTrendDocument,
    "\n  fragment DeadLetterItem_DeadLetter on DeadLetter {\n    id\n    jobName\n    jobKey\n    errorCode\n    errorMessage\n    attempts\n    firstFailedAt\n    lastFailedAt\n    status\n    system\n    viewerCanResolve\n  }\n": typeof types.DeadLetterItem_DeadLetterFragmentDoc,
    "\n  fragment JobQueueRow_JobQueueState on JobQueueState {\n    jobName\n    description\n    schedule\n    queued\n    running\n    failed\n    dead\n    succeeded24h\n  }\n": typeof types.JobQueueRow_JobQueueStateFragmentDoc,
    "\n  fragment NudgeItem_Nudge on Nudge {\n    id\n    kind\n    windowHours\n    readAt\n    answeredAt\n    createdAt\n    deliveries {\n      channel\n      status\n      sentAt\n    }\n    actionItem {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      ownerName\n      owner {\n        id\n        name\n      }\n      meeting {\n        id\n        title\n      }\n      blocked {\n        reason\n        blockedAt\n      }\n    }\n  }\n": typeof types.NudgeItem_NudgeFragmentDoc,
    "\n  fragment RegwatchAlertCard_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    item {\n      id\n      identifierKind\n    }\n    source {\n      id\n      name\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n": typeof types.RegwatchAlertCard_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchAlertDetail_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    viewerCanTriage\n    source {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n    item {\n      id\n      identifier\n      identifierKind\n      title\n      url\n      versions(first: 5) {\n        id\n        seq\n        fetchedAt\n        changeType\n      }\n    }\n    version {\n      id\n      seq\n      ...RegwatchVersionDiff_RegwatchVersion\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n": typeof types.RegwatchAlertDetail_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchMatchReasons_RegwatchAlert on RegwatchAlert {\n    id\n    matchedTopics {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    matchedStakeholderCount\n  }\n": typeof types.RegwatchMatchReasons_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchAlertTriageState_RegwatchAlert on RegwatchAlert {\n    id\n    state\n    dismissedReason\n    triagedAt\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n  }\n": typeof types.RegwatchAlertTriageState_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchVersionDiff_RegwatchVersion on RegwatchVersion {\n    id\n    seq\n    changeType\n    fetchedAt\n    diffSummary\n    sections {\n      section\n      text\n    }\n    diff {\n      section\n      change\n      before\n      after\n      words {\n        value\n        added\n        removed\n      }\n    }\n  }\n": typeof types.RegwatchVersionDiff_RegwatchVersionFragmentDoc,
    "\n  fragment RegwatchSourceItem_RegwatchSource on RegwatchSource {\n    id\n    name\n    kind\n    url\n    selector\n    intervalMinutes\n    enabled\n    healthy\n    lastStatus\n    lastErrorCode\n    consecutiveFailures\n    lastPolledAt\n    nextPollAt\n    systemWide\n    viewerCanManage\n  }\n": typeof types.RegwatchSourceItem_RegwatchSourceFragmentDoc,
    "\n  fragment RegwatchTopicItem_RegwatchTopic on RegwatchTopic {\n    id\n    name\n    query\n    identifiers\n    severity\n  }\n": typeof types.RegwatchTopicItem_RegwatchTopicFragmentDoc,
    "\n  fragment SuggestionsPanel_Decision on Decision {\n    id\n    text\n    confidence\n    reviewState\n    evidence {\n      quote\n    }\n  }\n": typeof types.SuggestionsPanel_DecisionFragmentDoc,
    "\n  fragment SuggestionsPanel_ActionItem on ActionItem {\n    id\n    title\n    confidence\n    reviewState\n    dueDate\n    ownerName\n    owner {\n      id\n      name\n    }\n    evidence {\n      quote\n    }\n  }\n": typeof types.SuggestionsPanel_ActionItemFragmentDoc,
    "\n  mutation ReviewSuggestion($input: ReviewSuggestionInput!) {\n    reviewSuggestion(input: $input) {\n      decision {\n        id\n        reviewState\n        reviewedAt\n      }\n      actionItem {\n        id\n        reviewState\n        reviewedAt\n      }\n    }\n  }\n": typeof types.ReviewSuggestionDocument,
    "\n  query SettingsApiTokens {\n    apiTokens {\n      id\n      ...TokenItem_ApiToken\n    }\n  }\n": typeof types.SettingsApiTokensDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment AuditLogItem_AuditEvent on AuditEvent {\n    id\n    action\n    createdAt\n    actorKind\n    actor {\n      id\n      name\n    }\n    meetingId\n    targetType\n    targetId\n  }\n": typeof types.AuditLogItem_AuditEventFragmentDoc,
    "\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AuditLogItem_AuditEvent\n      }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  query BriefSettings {\n    briefSettings {\n      preBriefLeadHours\n      preBriefEmail\n    }\n  }\n": typeof types.BriefSettingsDocument,
    "\n  mutation UpdateBriefSettings($input: UpdateBriefSettingsInput!) {\n    updateBriefSettings(input: $input) {\n      briefSettings {\n        preBriefLeadHours\n        preBriefEmail\n      }\n    }\n  }\n": typeof types.UpdateBriefSettingsDocument,
    "\n  query ReviewSettings {\n    reviewSettings {\n      suggestionThreshold\n      updatedAt\n    }\n  }\n": typeof types.ReviewSettingsDocument,
    "\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      reviewSettings {\n        suggestionThreshold\n        updatedAt\n      }\n    }\n  }\n": typeof types.UpdateReviewSettingsDocument,
    "\n  query ReviewPrecision($weeks: Int!) {\n    reviewPrecision(weeks: $weeks) {\n      weekStart\n      accepted\n      edited\n      rejected\n      reviewed\n      precision\n    }\n  }\n": typeof types.ReviewPrecisionDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query NudgeRules {\n    nudgeSettings {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n": typeof types.NudgeRulesDocument,
    "\n  mutation UpdateNudgeRules($input: UpdateNudgeSettingsInput!) {\n    updateNudgeSettings(input: $input) {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n": typeof types.UpdateNudgeRulesDocument,
    "\n  query SettingsUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...UserRow_User\n      }\n    }\n  }\n": typeof types.SettingsUsersDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        label\n        ...TokenItem_ApiToken\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  fragment TokenItem_ApiToken on ApiToken {\n    id\n    label\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.TokenItem_ApiTokenFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  fragment UserRow_User on User {\n    id\n    name\n    email\n    role\n    active\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  mutation UpdateUserRole($input: UpdateUserRoleInput!) {\n    updateUserRole(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.UpdateUserRoleDocument,
    "\n  fragment StakeholderCard_Stakeholder on Stakeholder {\n    id\n    name\n    title\n    organization\n    influence\n    interest\n  }\n": typeof types.StakeholderCard_StakeholderFragmentDoc,
    "\n  fragment StakeholderContact_Stakeholder on Stakeholder {\n    id\n    email\n    phone\n    notes\n  }\n": typeof types.StakeholderContact_StakeholderFragmentDoc,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n": typeof types.CreateStakeholderDocument,
    "\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n": typeof types.UpdateStakeholderDocument,
    "\n  query SpeechSettings {\n    speechToText {\n      enabled\n      local\n      maxBytes\n    }\n  }\n": typeof types.SpeechSettingsDocument,
    "\n  fragment AudioUpload_SpeechTranscription on SpeechTranscription {\n    id\n    status\n    failureCode\n    failureReason\n    speakers {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n    run {\n      id\n      status\n      ...RunPayload_ExtractionRun\n    }\n  }\n": typeof types.AudioUpload_SpeechTranscriptionFragmentDoc,
    "\n  mutation TranscribeAudio($input: TranscribeAudioInput!) {\n    transcribeAudio(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n": typeof types.TranscribeAudioDocument,
    "\n  query SpeechFollow($id: ID!) {\n    speechTranscription(id: $id) {\n      id\n      ...AudioUpload_SpeechTranscription\n    }\n  }\n": typeof types.SpeechFollowDocument,
    "\n  mutation CompleteSpeechTranscription($input: CompleteSpeechTranscriptionInput!) {\n    completeSpeechTranscription(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n": typeof types.CompleteSpeechTranscriptionDocument,
    "\n  mutation RerunExtraction($input: RerunExtractionInput!) {\n    rerunExtraction(input: $input) {\n      run {\n        id\n        ...RunStatus_ExtractionRun\n        meeting {\n          id\n          ...TranscriptPanel_Meeting\n        }\n      }\n    }\n  }\n": typeof types.RerunExtractionDocument,
    "\n  fragment RunStatus_ExtractionRun on ExtractionRun {\n    id\n    status\n    progress\n    source\n    failureCode\n    failureReason\n    decisionCount\n    actionItemCount\n    createdAt\n    startedAt\n    finishedAt\n  }\n": typeof types.RunStatus_ExtractionRunFragmentDoc,
    "\n  query StoredTranscriptSpeakers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      transcript {\n        id\n        speakers {\n          name\n          turns\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StoredTranscriptSpeakersDocument,
    "\n  mutation SetTranscriptSpeakerMap($input: SetTranscriptSpeakerMapInput!) {\n    setTranscriptSpeakerMap(input: $input) {\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n": typeof types.SetTranscriptSpeakerMapDocument,
    "\n  fragment TranscriptCue_Segment on TranscriptSegment {\n    index\n    speaker\n    startMs\n    endMs\n    text\n  }\n": typeof types.TranscriptCue_SegmentFragmentDoc,
    "\n  fragment TranscriptFacts_Transcript on Transcript {\n    id\n    format\n    filename\n    byteSize\n    segmentCount\n    speakerCount\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n": typeof types.TranscriptFacts_TranscriptFragmentDoc,
    "\n  fragment TranscriptViewer_Meeting on Meeting {\n    id\n    transcript {\n      id\n      segmentCount\n    }\n  }\n": typeof types.TranscriptViewer_MeetingFragmentDoc,
    "\n  mutation AttachTranscript($input: AttachTranscriptInput!) {\n    attachTranscript(input: $input) {\n      transcript {\n        id\n      }\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n": typeof types.AttachTranscriptDocument,
    "\n  query TranscriptSpeakers($input: TranscriptSpeakersInput!) {\n    transcriptSpeakers(input: $input) {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n  }\n": typeof types.TranscriptSpeakersDocument,
    "\n  fragment RunPayload_ExtractionRun on ExtractionRun {\n    id\n    ...RunStatus_ExtractionRun\n    meeting {\n      id\n      ...TranscriptPanel_Meeting\n    }\n  }\n": typeof types.RunPayload_ExtractionRunFragmentDoc,
    "\n  mutation CreateSpeakerStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateSpeakerStakeholderDocument,
    "\n  subscription ExtractionRunChanged($meetingId: ID!) {\n    extractionRunChanged(meetingId: $meetingId) {\n      id\n      ...RunStatus_ExtractionRun\n      meeting {\n        id\n        extractionRuns {\n          id\n          ...RunStatus_ExtractionRun\n        }\n      }\n    }\n  }\n": typeof types.ExtractionRunChangedDocument,
    "\n  query ExtractionRunPoll($id: ID!) {\n    extractionRun(id: $id) {\n      id\n      ...RunStatus_ExtractionRun\n    }\n  }\n": typeof types.ExtractionRunPollDocument,
    "\n  query TranscriptSegments($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Transcript {\n        segments(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            index\n            ...TranscriptCue_Segment\n          }\n        }\n      }\n    }\n  }\n": typeof types.TranscriptSegmentsDocument,
    "\n  subscription MeetingBriefGenerated {\n    briefGenerated {\n      id\n      kind\n      version\n      body\n      createdAt\n      meeting {\n        id\n      }\n    }\n  }\n": typeof types.MeetingBriefGeneratedDocument,
    "\n  subscription BriefNotice {\n    briefGenerated {\n      id\n      kind\n      version\n      createdAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": typeof types.BriefNoticeDocument,
    "\n  mutation GeneratePostBrief($input: GeneratePostBriefInput!) {\n    generatePostBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.GeneratePostBriefDocument,
    "\n  mutation GeneratePreBrief($input: GeneratePreBriefInput!) {\n    generatePreBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.GeneratePreBriefDocument,
    "\n  query JobsPage {\n    jobQueues {\n      jobName\n      ...JobQueueRow_JobQueueState\n    }\n  }\n": typeof types.JobsPageDocument,
    "\n  query JobsDeadLetters($first: Int!, $after: String) {\n    deadLetters(first: $first, after: $after, filter: { status: DEAD }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        ...DeadLetterItem_DeadLetter\n      }\n    }\n  }\n": typeof types.JobsDeadLettersDocument,
    "\n  mutation ReplayDeadLetter($input: DeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n": typeof types.ReplayDeadLetterDocument,
    "\n  mutation DiscardDeadLetter($input: DeadLetterInput!) {\n    discardDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n": typeof types.DiscardDeadLetterDocument,
    "\n  subscription JobQueuesChanged {\n    jobQueuesChanged {\n      at\n    }\n  }\n": typeof types.JobQueuesChangedDocument,
    "\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      owner {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n": typeof types.ActionItemChangedDocument,
    "\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  query MeetingsPage($first: Int!, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrder) {\n    viewer {\n      canEdit\n    }\n    meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n": typeof types.MeetingsPageDocument,
    "\n  query ParticipantCandidates {\n    stakeholders(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        organization\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n": typeof types.ParticipantCandidatesDocument,
    "\n  query OwnerCandidates {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": typeof types.OwnerCandidatesDocument,
    "\n  fragment MeetingForm_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    agendaItems\n    sensitivity\n    status\n    viewerCanEdit\n  }\n": typeof types.MeetingForm_MeetingFragmentDoc,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation AddParticipant($input: AddParticipantInput!) {\n    addParticipant(input: $input) {\n      participant {\n        id\n        consent\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AddParticipantDocument,
    "\n  mutation RemoveParticipant($input: RemoveParticipantInput!) {\n    removeParticipant(input: $input) {\n      removedParticipantId\n    }\n  }\n": typeof types.RemoveParticipantDocument,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n": typeof types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n": typeof types.UpdateDecisionDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.CreateActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  mutation AssignActionItem($input: AssignActionItemInput!) {\n    assignActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.AssignActionItemDocument,
    "\n  mutation CancelActionItem($input: CancelActionItemInput!) {\n    cancelActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.CancelActionItemDocument,
    "\n  query NudgeUnreadCount {\n    nudges(first: 1, filter: { unread: true }) {\n      totalCount\n    }\n  }\n": typeof types.NudgeUnreadCountDocument,
    "\n  query NudgesPage($first: Int!, $after: String, $filter: NudgeFilter) {\n    nudges(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": typeof types.NudgesPageDocument,
    "\n  query DashboardNudges($first: Int!) {\n    nudges(first: $first, filter: { unread: true }) {\n      totalCount\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": typeof types.DashboardNudgesDocument,
    "\n  query LinkedNudge($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Nudge {\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": typeof types.LinkedNudgeDocument,
    "\n  subscription NudgesChanged {\n    nudges {\n      id\n      readAt\n      answeredAt\n    }\n  }\n": typeof types.NudgesChangedDocument,
    "\n  mutation MarkNudgeRead($input: NudgeIdInput!) {\n    markNudgeRead(input: $input) {\n      nudge {\n        id\n        readAt\n      }\n    }\n  }\n": typeof types.MarkNudgeReadDocument,
    "\n  mutation MarkAllNudgesRead {\n    markAllNudgesRead {\n      marked\n    }\n  }\n": typeof types.MarkAllNudgesReadDocument,
    "\n  mutation CompleteNudge($input: NudgeIdInput!) {\n    completeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        status\n        completedAt\n      }\n    }\n  }\n": typeof types.CompleteNudgeDocument,
    "\n  mutation SnoozeNudge($input: SnoozeNudgeInput!) {\n    snoozeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": typeof types.SnoozeNudgeDocument,
    "\n  mutation BlockNudge($input: BlockNudgeInput!) {\n    blockNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": typeof types.BlockNudgeDocument,
    "\n  mutation ReassignNudge($input: ReassignNudgeInput!) {\n    reassignNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        ownerName\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReassignNudgeDocument,
    "\n  mutation UnblockActionItem($input: UnblockActionItemInput!) {\n    unblockActionItem(input: $input) {\n      actionItem {\n        id\n        blocked {\n          reason\n          blockedAt\n        }\n      }\n    }\n  }\n": typeof types.UnblockActionItemDocument,
    "\n  query NudgeAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": typeof types.NudgeAssignableUsersDocument,
    "\n  query NudgeViewer {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.NudgeViewerDocument,
    "\n  fragment ProcurementResult_Result on ProcurementResult {\n    regime\n    thresholdSek\n    directAwardLimitSek\n    recommendedProcedures\n    rulesVersion\n    timeline {\n      minTenderDays\n      standstillDays\n      earliestAwardDate\n      earliestContractDate\n    }\n    ranking {\n      rank\n      supplier\n      comparisonValue\n      priceScore\n      qualityScore\n    }\n    sensitivity {\n      criteria {\n        id\n        weightChangeToFlipWinner\n      }\n      bids {\n        supplier\n        priceToWinSek\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n": typeof types.ProcurementResult_ResultFragmentDoc,
    "\n  fragment ProcurementScenario_Form on ProcurementScenario {\n    contractType\n    authority\n    estimatedValueSek\n    startDate\n    electronicSubmission\n    priorInformationNotice\n    urgency\n    procedure\n    similarPurchasesThisYear\n    similarPurchasesValueSek\n    evaluationDays\n    awardDecisionSentElectronically\n    evaluation {\n      model\n      priceWeight\n      priceCeilingSek\n      priceFloorSek\n      criteria {\n        id\n        name\n        weight\n        maxAddedValueSek\n      }\n    }\n    bids {\n      supplier\n      priceSek\n      maxScore\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n": typeof types.ProcurementScenario_FormFragmentDoc,
    "\n  query SimulateProcurement($input: ProcurementScenarioInput!) {\n    simulateProcurement(input: $input) {\n      ...ProcurementResult_Result\n    }\n  }\n": typeof types.SimulateProcurementDocument,
    "\n  query ProcurementScenarios($first: Int!) {\n    viewer {\n      canEdit\n    }\n    procurementScenarios(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n        createdBy {\n          id\n          name\n        }\n        scenario {\n          contractType\n          estimatedValueSek\n        }\n      }\n    }\n  }\n": typeof types.ProcurementScenariosDocument,
    "\n  query ProcurementScenario($id: ID!) {\n    procurementScenario(id: $id) {\n      id\n      name\n      viewerCanEdit\n      scenario {\n        ...ProcurementScenario_Form\n      }\n    }\n  }\n": typeof types.ProcurementScenarioDocument,
    "\n  mutation CreateProcurementScenario($input: CreateProcurementScenarioInput!) {\n    createProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.CreateProcurementScenarioDocument,
    "\n  mutation UpdateProcurementScenario($input: UpdateProcurementScenarioInput!) {\n    updateProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.UpdateProcurementScenarioDocument,
    "\n  mutation DeleteProcurementScenario($input: DeleteProcurementScenarioInput!) {\n    deleteProcurementScenario(input: $input) {\n      deletedProcurementScenarioId\n    }\n  }\n": typeof types.DeleteProcurementScenarioDocument,
    "\n  query CompareProcurementScenarios($aId: ID!, $bId: ID!) {\n    compareProcurementScenarios(aId: $aId, bId: $bId) {\n      a {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      b {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      aResult {\n        ...ProcurementResult_Result\n      }\n      bResult {\n        ...ProcurementResult_Result\n      }\n      differences {\n        field\n        a\n        b\n      }\n    }\n  }\n": typeof types.CompareProcurementScenariosDocument,
    "\n  query RegwatchViewer {\n    viewer {\n      canAdmin\n      canEdit\n    }\n  }\n": typeof types.RegwatchViewerDocument,
    "\n  query RegwatchAlertsPage($first: Int!, $after: String, $filter: RegwatchAlertFilter) {\n    regwatchAlerts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RegwatchAlertCard_RegwatchAlert\n      }\n    }\n  }\n": typeof types.RegwatchAlertsPageDocument,
    "\n  query DashboardRegwatch($first: Int!) {\n    regwatchAlerts(first: $first, filter: { severity: [HIGH], state: [NEW] }) {\n      totalCount\n      nodes {\n        id\n        title\n        identifier\n        changeType\n        inForceOn\n        publishedOn\n        createdAt\n        severity\n        state\n        item {\n          id\n          identifierKind\n        }\n      }\n    }\n  }\n": typeof types.DashboardRegwatchDocument,
    "\n  query RegwatchAlert($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on RegwatchAlert {\n        ...RegwatchAlertDetail_RegwatchAlert\n      }\n    }\n  }\n": typeof types.RegwatchAlertDocument,
    "\n  subscription RegwatchAlerts($filter: RegwatchAlertSubscriptionFilter) {\n    regwatchAlerts(filter: $filter) {\n      id\n      title\n      severity\n      state\n      triagedAt\n      matchedTopics {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegwatchAlertsDocument,
    "\n  mutation AcknowledgeRegwatchAlert($input: RegwatchAlertIdInput!) {\n    acknowledgeRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n": typeof types.AcknowledgeRegwatchAlertDocument,
    "\n  mutation DismissRegwatchAlert($input: DismissRegwatchAlertInput!) {\n    dismissRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n": typeof types.DismissRegwatchAlertDocument,
    "\n  mutation AssignRegwatchAlert($input: AssignRegwatchAlertInput!) {\n    assignRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n": typeof types.AssignRegwatchAlertDocument,
    "\n  query RegwatchAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": typeof types.RegwatchAssignableUsersDocument,
    "\n  query RegwatchTopics {\n    regwatchTopics {\n      id\n      ...RegwatchTopicItem_RegwatchTopic\n    }\n  }\n": typeof types.RegwatchTopicsDocument,
    "\n  mutation CreateRegwatchTopic($input: CreateRegwatchTopicInput!) {\n    createRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n": typeof types.CreateRegwatchTopicDocument,
    "\n  mutation UpdateRegwatchTopic($input: UpdateRegwatchTopicInput!) {\n    updateRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n": typeof types.UpdateRegwatchTopicDocument,
    "\n  mutation DeleteRegwatchTopic($input: RegwatchTopicIdInput!) {\n    deleteRegwatchTopic(input: $input) {\n      deletedTopicId\n    }\n  }\n": typeof types.DeleteRegwatchTopicDocument,
    "\n  query RegwatchSources {\n    regwatchSources {\n      id\n      ...RegwatchSourceItem_RegwatchSource\n    }\n  }\n": typeof types.RegwatchSourcesDocument,
    "\n  mutation CreateRegwatchSource($input: CreateRegwatchSourceInput!) {\n    createRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n": typeof types.CreateRegwatchSourceDocument,
    "\n  mutation UpdateRegwatchSource($input: UpdateRegwatchSourceInput!) {\n    updateRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n": typeof types.UpdateRegwatchSourceDocument,
    "\n  mutation DeleteRegwatchSource($input: RegwatchSourceIdInput!) {\n    deleteRegwatchSource(input: $input) {\n      deletedSourceId\n    }\n  }\n": typeof types.DeleteRegwatchSourceDocument,
    "\n  mutation PollRegwatchSource($input: RegwatchSourceIdInput!) {\n    pollRegwatchSource(input: $input) {\n      status\n      errorCode\n      newItems\n      newVersions\n      alerts\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n": typeof types.PollRegwatchSourceDocument,
    "\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n        ...DashboardBriefsPanel_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n      canAdmin\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      ...ParticipantsPanel_Meeting\n      ...TranscriptPanel_Meeting\n      ...TranscriptViewer_Meeting\n      ...BriefsPanel_Meeting\n      ...CalendarDownloadButton_Meeting\n      ...MeetingForm_Meeting\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...DecisionItem_Decision\n          ...SuggestionsPanel_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...ActionItemRow_ActionItem\n          ...ActionItemProvenance_ActionItem\n          ...SuggestionsPanel_ActionItem\n        }\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  query MyActionItemsViewer {\n    viewer {\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n": typeof types.MyActionItemsViewerDocument,
    "\n  query MyActionItems($ownerId: ID!, $status: [ActionItemStatus!], $first: Int!, $orderBy: ActionItemOrder) {\n    actionItems(first: $first, filter: { ownerId: $ownerId, status: $status }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        owner {\n          id\n        }\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdue: actionItems(first: 1, filter: { ownerId: $ownerId, status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query NewMeetingViewer {\n    viewer {\n      canEdit\n      canAdmin\n    }\n  }\n": typeof types.NewMeetingViewerDocument,
    "\n  query SettingsViewer {\n    viewer {\n      canAdmin\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SettingsViewerDocument,
    "\n  query Stakeholders($first: Int!, $after: String, $filter: StakeholderFilter) {\n    viewer {\n      canEdit\n    }\n    stakeholders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n": typeof types.StakeholdersDocument,
};
const documents: Documents = {
    "\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n    source\n    editedByHuman\n    reviewState\n  }\n": types.ActionItemRow_ActionItemFragmentDoc,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.ReopenActionItemDocument,
    "\n  fragment AppHeader_Viewer on Viewer {\n    role\n    user {\n      id\n      name\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.AppHeader_ViewerFragmentDoc,
    "\n  query AppShell {\n    viewer {\n      # Not read here: primes the cache for the owner picker of nudges (NudgeViewer).\n      canAdmin\n      ...AppHeader_Viewer\n    }\n  }\n": types.AppShellDocument,
    "\n  fragment BriefsPanel_Meeting on Meeting {\n    id\n    startsAt\n    viewerCanEdit\n    briefs {\n      id\n      kind\n      version\n      body\n      createdAt\n    }\n  }\n": types.BriefsPanel_MeetingFragmentDoc,
    "\n  fragment DashboardBriefsPanel_Meeting on Meeting {\n    id\n    title\n    startsAt\n    status\n    briefs {\n      id\n      kind\n      version\n      createdAt\n    }\n  }\n": types.DashboardBriefsPanel_MeetingFragmentDoc,
    "\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n    source\n    editedByHuman\n    reviewState\n    ...DecisionProvenance_Decision\n  }\n": types.DecisionItem_DecisionFragmentDoc,
    "\n  fragment MeetingListItem_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    sensitivity\n    location\n  }\n": types.MeetingListItem_MeetingFragmentDoc,
    "\n  fragment ParticipantItem_Participant on Participant {\n    id\n    consent\n    consentUpdatedAt\n    stakeholder {\n      id\n      name\n      title\n      organization\n    }\n  }\n": types.ParticipantItem_ParticipantFragmentDoc,
    "\n  fragment ParticipantsPanel_Meeting on Meeting {\n    id\n    viewerCanEdit\n    transcript {\n      id\n    }\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n      ...ParticipantItem_Participant\n    }\n  }\n": types.ParticipantsPanel_MeetingFragmentDoc,
    "\n  mutation SetParticipantConsent($input: SetParticipantConsentInput!) {\n    setParticipantConsent(input: $input) {\n      participant {\n        id\n        consent\n        consentUpdatedAt\n      }\n    }\n  }\n": types.SetParticipantConsentDocument,
    "\n  fragment DecisionProvenance_Decision on Decision {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n": types.DecisionProvenance_DecisionFragmentDoc,
    "\n  fragment ActionItemProvenance_ActionItem on ActionItem {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n": types.ActionItemProvenance_ActionItemFragmentDoc,
    "\n  query ProvenanceViewer {\n    viewer {\n      canEdit\n    }\n  }\n": types.ProvenanceViewerDocument,
    "\n  fragment TranscriptPanel_Meeting on Meeting {\n    id\n    sensitivity\n    viewerCanEdit\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n    }\n    transcript {\n      id\n      ...TranscriptFacts_Transcript\n    }\n    extractionRuns {\n      id\n      ...RunStatus_ExtractionRun\n    }\n    speechTranscription {\n      id\n      status\n    }\n  }\n": types.TranscriptPanel_MeetingFragmentDoc,
    "\n  fragment CalendarDownloadButton_Meeting on Meeting {\n    id\n    title\n    icalendar\n  }\n": types.CalendarDownloadButton_MeetingFragmentDoc,
    "\n  fragment CalendarFeedItem on CalendarFeed {\n    id\n    name\n    url\n    lastStatus\n    lastPolledAt\n    lastErrorCode\n    consecutiveFailures\n  }\n": types.CalendarFeedItemFragmentDoc,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      ...CalendarFeedItem\n    }\n  }\n": types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation PollCalendarFeed($input: PollCalendarFeedInput!) {\n    pollCalendarFeed(input: $input) {\n      status\n      errorCode\n      created\n      updated\n      cancelled\n      unchanged\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n": types.PollCalendarFeedDocument,
    "\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      deletedFeedId\n    }\n  }\n": types.DeleteCalendarFeedDocument,
    "\n  mutation CalendarImport($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      created\n      updated\n      cancelled\n      unchanged\n      meetings {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": types.CalendarImportDocument,
    "\n  query ActionItemTrend($days: Int!) {\n    actionItemTrend(days: $days) {\n      date\n      open\n      done\n      overdue\n    }\n  }\n": types.ActionItemTrendDocument,
    "\n  fragment DeadLetterItem_DeadLetter on DeadLetter {\n    id\n    jobName\n    jobKey\n    errorCode\n    errorMessage\n    attempts\n    firstFailedAt\n    lastFailedAt\n    status\n    system\n    viewerCanResolve\n  }\n": types.DeadLetterItem_DeadLetterFragmentDoc,
    "\n  fragment JobQueueRow_JobQueueState on JobQueueState {\n    jobName\n    description\n    schedule\n    queued\n    running\n    failed\n    dead\n    succeeded24h\n  }\n": types.JobQueueRow_JobQueueStateFragmentDoc,
    "\n  fragment NudgeItem_Nudge on Nudge {\n    id\n    kind\n    windowHours\n    readAt\n    answeredAt\n    createdAt\n    deliveries {\n      channel\n      status\n      sentAt\n    }\n    actionItem {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      ownerName\n      owner {\n        id\n        name\n      }\n      meeting {\n        id\n        title\n      }\n      blocked {\n        reason\n        blockedAt\n      }\n    }\n  }\n": types.NudgeItem_NudgeFragmentDoc,
    "\n  fragment RegwatchAlertCard_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    item {\n      id\n      identifierKind\n    }\n    source {\n      id\n      name\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n": types.RegwatchAlertCard_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchAlertDetail_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    viewerCanTriage\n    source {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n    item {\n      id\n      identifier\n      identifierKind\n      title\n      url\n      versions(first: 5) {\n        id\n        seq\n        fetchedAt\n        changeType\n      }\n    }\n    version {\n      id\n      seq\n      ...RegwatchVersionDiff_RegwatchVersion\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n": types.RegwatchAlertDetail_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchMatchReasons_RegwatchAlert on RegwatchAlert {\n    id\n    matchedTopics {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    matchedStakeholderCount\n  }\n": types.RegwatchMatchReasons_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchAlertTriageState_RegwatchAlert on RegwatchAlert {\n    id\n    state\n    dismissedReason\n    triagedAt\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n  }\n": types.RegwatchAlertTriageState_RegwatchAlertFragmentDoc,
    "\n  fragment RegwatchVersionDiff_RegwatchVersion on RegwatchVersion {\n    id\n    seq\n    changeType\n    fetchedAt\n    diffSummary\n    sections {\n      section\n      text\n    }\n    diff {\n      section\n      change\n      before\n      after\n      words {\n        value\n        added\n        removed\n      }\n    }\n  }\n": types.RegwatchVersionDiff_RegwatchVersionFragmentDoc,
    "\n  fragment RegwatchSourceItem_RegwatchSource on RegwatchSource {\n    id\n    name\n    kind\n    url\n    selector\n    intervalMinutes\n    enabled\n    healthy\n    lastStatus\n    lastErrorCode\n    consecutiveFailures\n    lastPolledAt\n    nextPollAt\n    systemWide\n    viewerCanManage\n  }\n": types.RegwatchSourceItem_RegwatchSourceFragmentDoc,
    "\n  fragment RegwatchTopicItem_RegwatchTopic on RegwatchTopic {\n    id\n    name\n    query\n    identifiers\n    severity\n  }\n": types.RegwatchTopicItem_RegwatchTopicFragmentDoc,
    "\n  fragment SuggestionsPanel_Decision on Decision {\n    id\n    text\n    confidence\n    reviewState\n    evidence {\n      quote\n    }\n  }\n": types.SuggestionsPanel_DecisionFragmentDoc,
    "\n  fragment SuggestionsPanel_ActionItem on ActionItem {\n    id\n    title\n    confidence\n    reviewState\n    dueDate\n    ownerName\n    owner {\n      id\n      name\n    }\n    evidence {\n      quote\n    }\n  }\n": types.SuggestionsPanel_ActionItemFragmentDoc,
    "\n  mutation ReviewSuggestion($input: ReviewSuggestionInput!) {\n    reviewSuggestion(input: $input) {\n      decision {\n        id\n        reviewState\n        reviewedAt\n      }\n      actionItem {\n        id\n        reviewState\n        reviewedAt\n      }\n    }\n  }\n": types.ReviewSuggestionDocument,
    "\n  query SettingsApiTokens {\n    apiTokens {\n      id\n      ...TokenItem_ApiToken\n    }\n  }\n": types.SettingsApiTokensDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment AuditLogItem_AuditEvent on AuditEvent {\n    id\n    action\n    createdAt\n    actorKind\n    actor {\n      id\n      name\n    }\n    meetingId\n    targetType\n    targetId\n  }\n": types.AuditLogItem_AuditEventFragmentDoc,
    "\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AuditLogItem_AuditEvent\n      }\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  query BriefSettings {\n    briefSettings {\n      preBriefLeadHours\n      preBriefEmail\n    }\n  }\n": types.BriefSettingsDocument,
    "\n  mutation UpdateBriefSettings($input: UpdateBriefSettingsInput!) {\n    updateBriefSettings(input: $input) {\n      briefSettings {\n        preBriefLeadHours\n        preBriefEmail\n      }\n    }\n  }\n": types.UpdateBriefSettingsDocument,
    "\n  query ReviewSettings {\n    reviewSettings {\n      suggestionThreshold\n      updatedAt\n    }\n  }\n": types.ReviewSettingsDocument,
    "\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      reviewSettings {\n        suggestionThreshold\n        updatedAt\n      }\n    }\n  }\n": types.UpdateReviewSettingsDocument,
    "\n  query ReviewPrecision($weeks: Int!) {\n    reviewPrecision(weeks: $weeks) {\n      weekStart\n      accepted\n      edited\n      rejected\n      reviewed\n      precision\n    }\n  }\n": types.ReviewPrecisionDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query NudgeRules {\n    nudgeSettings {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n": types.NudgeRulesDocument,
    "\n  mutation UpdateNudgeRules($input: UpdateNudgeSettingsInput!) {\n    updateNudgeSettings(input: $input) {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n": types.UpdateNudgeRulesDocument,
    "\n  query SettingsUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...UserRow_User\n      }\n    }\n  }\n": types.SettingsUsersDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        label\n        ...TokenItem_ApiToken\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  fragment TokenItem_ApiToken on ApiToken {\n    id\n    label\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.TokenItem_ApiTokenFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  fragment UserRow_User on User {\n    id\n    name\n    email\n    role\n    active\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  mutation UpdateUserRole($input: UpdateUserRoleInput!) {\n    updateUserRole(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.UpdateUserRoleDocument,
    "\n  fragment StakeholderCard_Stakeholder on Stakeholder {\n    id\n    name\n    title\n    organization\n    influence\n    interest\n  }\n": types.StakeholderCard_StakeholderFragmentDoc,
    "\n  fragment StakeholderContact_Stakeholder on Stakeholder {\n    id\n    email\n    phone\n    notes\n  }\n": types.StakeholderContact_StakeholderFragmentDoc,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n": types.CreateStakeholderDocument,
    "\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n": types.UpdateStakeholderDocument,
    "\n  query SpeechSettings {\n    speechToText {\n      enabled\n      local\n      maxBytes\n    }\n  }\n": types.SpeechSettingsDocument,
    "\n  fragment AudioUpload_SpeechTranscription on SpeechTranscription {\n    id\n    status\n    failureCode\n    failureReason\n    speakers {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n    run {\n      id\n      status\n      ...RunPayload_ExtractionRun\n    }\n  }\n": types.AudioUpload_SpeechTranscriptionFragmentDoc,
    "\n  mutation TranscribeAudio($input: TranscribeAudioInput!) {\n    transcribeAudio(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n": types.TranscribeAudioDocument,
    "\n  query SpeechFollow($id: ID!) {\n    speechTranscription(id: $id) {\n      id\n      ...AudioUpload_SpeechTranscription\n    }\n  }\n": types.SpeechFollowDocument,
    "\n  mutation CompleteSpeechTranscription($input: CompleteSpeechTranscriptionInput!) {\n    completeSpeechTranscription(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n": types.CompleteSpeechTranscriptionDocument,
    "\n  mutation RerunExtraction($input: RerunExtractionInput!) {\n    rerunExtraction(input: $input) {\n      run {\n        id\n        ...RunStatus_ExtractionRun\n        meeting {\n          id\n          ...TranscriptPanel_Meeting\n        }\n      }\n    }\n  }\n": types.RerunExtractionDocument,
    "\n  fragment RunStatus_ExtractionRun on ExtractionRun {\n    id\n    status\n    progress\n    source\n    failureCode\n    failureReason\n    decisionCount\n    actionItemCount\n    createdAt\n    startedAt\n    finishedAt\n  }\n": types.RunStatus_ExtractionRunFragmentDoc,
    "\n  query StoredTranscriptSpeakers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      transcript {\n        id\n        speakers {\n          name\n          turns\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StoredTranscriptSpeakersDocument,
    "\n  mutation SetTranscriptSpeakerMap($input: SetTranscriptSpeakerMapInput!) {\n    setTranscriptSpeakerMap(input: $input) {\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n": types.SetTranscriptSpeakerMapDocument,
    "\n  fragment TranscriptCue_Segment on TranscriptSegment {\n    index\n    speaker\n    startMs\n    endMs\n    text\n  }\n": types.TranscriptCue_SegmentFragmentDoc,
    "\n  fragment TranscriptFacts_Transcript on Transcript {\n    id\n    format\n    filename\n    byteSize\n    segmentCount\n    speakerCount\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n": types.TranscriptFacts_TranscriptFragmentDoc,
    "\n  fragment TranscriptViewer_Meeting on Meeting {\n    id\n    transcript {\n      id\n      segmentCount\n    }\n  }\n": types.TranscriptViewer_MeetingFragmentDoc,
    "\n  mutation AttachTranscript($input: AttachTranscriptInput!) {\n    attachTranscript(input: $input) {\n      transcript {\n        id\n      }\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n": types.AttachTranscriptDocument,
    "\n  query TranscriptSpeakers($input: TranscriptSpeakersInput!) {\n    transcriptSpeakers(input: $input) {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n  }\n": types.TranscriptSpeakersDocument,
    "\n  fragment RunPayload_ExtractionRun on ExtractionRun {\n    id\n    ...RunStatus_ExtractionRun\n    meeting {\n      id\n      ...TranscriptPanel_Meeting\n    }\n  }\n": types.RunPayload_ExtractionRunFragmentDoc,
    "\n  mutation CreateSpeakerStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n": types.CreateSpeakerStakeholderDocument,
    "\n  subscription ExtractionRunChanged($meetingId: ID!) {\n    extractionRunChanged(meetingId: $meetingId) {\n      id\n      ...RunStatus_ExtractionRun\n      meeting {\n        id\n        extractionRuns {\n          id\n          ...RunStatus_ExtractionRun\n        }\n      }\n    }\n  }\n": types.ExtractionRunChangedDocument,
    "\n  query ExtractionRunPoll($id: ID!) {\n    extractionRun(id: $id) {\n      id\n      ...RunStatus_ExtractionRun\n    }\n  }\n": types.ExtractionRunPollDocument,
    "\n  query TranscriptSegments($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Transcript {\n        segments(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            index\n            ...TranscriptCue_Segment\n          }\n        }\n      }\n    }\n  }\n": types.TranscriptSegmentsDocument,
    "\n  subscription MeetingBriefGenerated {\n    briefGenerated {\n      id\n      kind\n      version\n      body\n      createdAt\n      meeting {\n        id\n      }\n    }\n  }\n": types.MeetingBriefGeneratedDocument,
    "\n  subscription BriefNotice {\n    briefGenerated {\n      id\n      kind\n      version\n      createdAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": types.BriefNoticeDocument,
    "\n  mutation GeneratePostBrief($input: GeneratePostBriefInput!) {\n    generatePostBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n": types.GeneratePostBriefDocument,
    "\n  mutation GeneratePreBrief($input: GeneratePreBriefInput!) {\n    generatePreBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n": types.GeneratePreBriefDocument,
    "\n  query JobsPage {\n    jobQueues {\n      jobName\n      ...JobQueueRow_JobQueueState\n    }\n  }\n": types.JobsPageDocument,
    "\n  query JobsDeadLetters($first: Int!, $after: String) {\n    deadLetters(first: $first, after: $after, filter: { status: DEAD }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        ...DeadLetterItem_DeadLetter\n      }\n    }\n  }\n": types.JobsDeadLettersDocument,
    "\n  mutation ReplayDeadLetter($input: DeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n": types.ReplayDeadLetterDocument,
    "\n  mutation DiscardDeadLetter($input: DeadLetterInput!) {\n    discardDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n": types.DiscardDeadLetterDocument,
    "\n  subscription JobQueuesChanged {\n    jobQueuesChanged {\n      at\n    }\n  }\n": types.JobQueuesChangedDocument,
    "\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      owner {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n": types.ActionItemChangedDocument,
    "\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  query MeetingsPage($first: Int!, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrder) {\n    viewer {\n      canEdit\n    }\n    meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n": types.MeetingsPageDocument,
    "\n  query ParticipantCandidates {\n    stakeholders(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        organization\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n": types.ParticipantCandidatesDocument,
    "\n  query OwnerCandidates {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": types.OwnerCandidatesDocument,
    "\n  fragment MeetingForm_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    agendaItems\n    sensitivity\n    status\n    viewerCanEdit\n  }\n": types.MeetingForm_MeetingFragmentDoc,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation AddParticipant($input: AddParticipantInput!) {\n    addParticipant(input: $input) {\n      participant {\n        id\n        consent\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AddParticipantDocument,
    "\n  mutation RemoveParticipant($input: RemoveParticipantInput!) {\n    removeParticipant(input: $input) {\n      removedParticipantId\n    }\n  }\n": types.RemoveParticipantDocument,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n": types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n": types.UpdateDecisionDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.CreateActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  mutation AssignActionItem($input: AssignActionItemInput!) {\n    assignActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.AssignActionItemDocument,
    "\n  mutation CancelActionItem($input: CancelActionItemInput!) {\n    cancelActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.CancelActionItemDocument,
    "\n  query NudgeUnreadCount {\n    nudges(first: 1, filter: { unread: true }) {\n      totalCount\n    }\n  }\n": types.NudgeUnreadCountDocument,
    "\n  query NudgesPage($first: Int!, $after: String, $filter: NudgeFilter) {\n    nudges(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": types.NudgesPageDocument,
    "\n  query DashboardNudges($first: Int!) {\n    nudges(first: $first, filter: { unread: true }) {\n      totalCount\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": types.DashboardNudgesDocument,
    "\n  query LinkedNudge($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Nudge {\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": types.LinkedNudgeDocument,
    "\n  subscription NudgesChanged {\n    nudges {\n      id\n      readAt\n      answeredAt\n    }\n  }\n": types.NudgesChangedDocument,
    "\n  mutation MarkNudgeRead($input: NudgeIdInput!) {\n    markNudgeRead(input: $input) {\n      nudge {\n        id\n        readAt\n      }\n    }\n  }\n": types.MarkNudgeReadDocument,
    "\n  mutation MarkAllNudgesRead {\n    markAllNudgesRead {\n      marked\n    }\n  }\n": types.MarkAllNudgesReadDocument,
    "\n  mutation CompleteNudge($input: NudgeIdInput!) {\n    completeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        status\n        completedAt\n      }\n    }\n  }\n": types.CompleteNudgeDocument,
    "\n  mutation SnoozeNudge($input: SnoozeNudgeInput!) {\n    snoozeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": types.SnoozeNudgeDocument,
    "\n  mutation BlockNudge($input: BlockNudgeInput!) {\n    blockNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n": types.BlockNudgeDocument,
    "\n  mutation ReassignNudge($input: ReassignNudgeInput!) {\n    reassignNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        ownerName\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReassignNudgeDocument,
    "\n  mutation UnblockActionItem($input: UnblockActionItemInput!) {\n    unblockActionItem(input: $input) {\n      actionItem {\n        id\n        blocked {\n          reason\n          blockedAt\n        }\n      }\n    }\n  }\n": types.UnblockActionItemDocument,
    "\n  query NudgeAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": types.NudgeAssignableUsersDocument,
    "\n  query NudgeViewer {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n": types.NudgeViewerDocument,
    "\n  fragment ProcurementResult_Result on ProcurementResult {\n    regime\n    thresholdSek\n    directAwardLimitSek\n    recommendedProcedures\n    rulesVersion\n    timeline {\n      minTenderDays\n      standstillDays\n      earliestAwardDate\n      earliestContractDate\n    }\n    ranking {\n      rank\n      supplier\n      comparisonValue\n      priceScore\n      qualityScore\n    }\n    sensitivity {\n      criteria {\n        id\n        weightChangeToFlipWinner\n      }\n      bids {\n        supplier\n        priceToWinSek\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n": types.ProcurementResult_ResultFragmentDoc,
    "\n  fragment ProcurementScenario_Form on ProcurementScenario {\n    contractType\n    authority\n    estimatedValueSek\n    startDate\n    electronicSubmission\n    priorInformationNotice\n    urgency\n    procedure\n    similarPurchasesThisYear\n    similarPurchasesValueSek\n    evaluationDays\n    awardDecisionSentElectronically\n    evaluation {\n      model\n      priceWeight\n      priceCeilingSek\n      priceFloorSek\n      criteria {\n        id\n        name\n        weight\n        maxAddedValueSek\n      }\n    }\n    bids {\n      supplier\n      priceSek\n      maxScore\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n": types.ProcurementScenario_FormFragmentDoc,
    "\n  query SimulateProcurement($input: ProcurementScenarioInput!) {\n    simulateProcurement(input: $input) {\n      ...ProcurementResult_Result\n    }\n  }\n": types.SimulateProcurementDocument,
    "\n  query ProcurementScenarios($first: Int!) {\n    viewer {\n      canEdit\n    }\n    procurementScenarios(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n        createdBy {\n          id\n          name\n        }\n        scenario {\n          contractType\n          estimatedValueSek\n        }\n      }\n    }\n  }\n": types.ProcurementScenariosDocument,
    "\n  query ProcurementScenario($id: ID!) {\n    procurementScenario(id: $id) {\n      id\n      name\n      viewerCanEdit\n      scenario {\n        ...ProcurementScenario_Form\n      }\n    }\n  }\n": types.ProcurementScenarioDocument,
    "\n  mutation CreateProcurementScenario($input: CreateProcurementScenarioInput!) {\n    createProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n": types.CreateProcurementScenarioDocument,
    "\n  mutation UpdateProcurementScenario($input: UpdateProcurementScenarioInput!) {\n    updateProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n": types.UpdateProcurementScenarioDocument,
    "\n  mutation DeleteProcurementScenario($input: DeleteProcurementScenarioInput!) {\n    deleteProcurementScenario(input: $input) {\n      deletedProcurementScenarioId\n    }\n  }\n": types.DeleteProcurementScenarioDocument,
    "\n  query CompareProcurementScenarios($aId: ID!, $bId: ID!) {\n    compareProcurementScenarios(aId: $aId, bId: $bId) {\n      a {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      b {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      aResult {\n        ...ProcurementResult_Result\n      }\n      bResult {\n        ...ProcurementResult_Result\n      }\n      differences {\n        field\n        a\n        b\n      }\n    }\n  }\n": types.CompareProcurementScenariosDocument,
    "\n  query RegwatchViewer {\n    viewer {\n      canAdmin\n      canEdit\n    }\n  }\n": types.RegwatchViewerDocument,
    "\n  query RegwatchAlertsPage($first: Int!, $after: String, $filter: RegwatchAlertFilter) {\n    regwatchAlerts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RegwatchAlertCard_RegwatchAlert\n      }\n    }\n  }\n": types.RegwatchAlertsPageDocument,
    "\n  query DashboardRegwatch($first: Int!) {\n    regwatchAlerts(first: $first, filter: { severity: [HIGH], state: [NEW] }) {\n      totalCount\n      nodes {\n        id\n        title\n        identifier\n        changeType\n        inForceOn\n        publishedOn\n        createdAt\n        severity\n        state\n        item {\n          id\n          identifierKind\n        }\n      }\n    }\n  }\n": types.DashboardRegwatchDocument,
    "\n  query RegwatchAlert($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on RegwatchAlert {\n        ...RegwatchAlertDetail_RegwatchAlert\n      }\n    }\n  }\n": types.RegwatchAlertDocument,
    "\n  subscription RegwatchAlerts($filter: RegwatchAlertSubscriptionFilter) {\n    regwatchAlerts(filter: $filter) {\n      id\n      title\n      severity\n      state\n      triagedAt\n      matchedTopics {\n        id\n        name\n      }\n    }\n  }\n": types.RegwatchAlertsDocument,
    "\n  mutation AcknowledgeRegwatchAlert($input: RegwatchAlertIdInput!) {\n    acknowledgeRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n": types.AcknowledgeRegwatchAlertDocument,
    "\n  mutation DismissRegwatchAlert($input: DismissRegwatchAlertInput!) {\n    dismissRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n": types.DismissRegwatchAlertDocument,
    "\n  mutation AssignRegwatchAlert($input: AssignRegwatchAlertInput!) {\n    assignRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n": types.AssignRegwatchAlertDocument,
    "\n  query RegwatchAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": types.RegwatchAssignableUsersDocument,
    "\n  query RegwatchTopics {\n    regwatchTopics {\n      id\n      ...RegwatchTopicItem_RegwatchTopic\n    }\n  }\n": types.RegwatchTopicsDocument,
    "\n  mutation CreateRegwatchTopic($input: CreateRegwatchTopicInput!) {\n    createRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n": types.CreateRegwatchTopicDocument,
    "\n  mutation UpdateRegwatchTopic($input: UpdateRegwatchTopicInput!) {\n    updateRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n": types.UpdateRegwatchTopicDocument,
    "\n  mutation DeleteRegwatchTopic($input: RegwatchTopicIdInput!) {\n    deleteRegwatchTopic(input: $input) {\n      deletedTopicId\n    }\n  }\n": types.DeleteRegwatchTopicDocument,
    "\n  query RegwatchSources {\n    regwatchSources {\n      id\n      ...RegwatchSourceItem_RegwatchSource\n    }\n  }\n": types.RegwatchSourcesDocument,
    "\n  mutation CreateRegwatchSource($input: CreateRegwatchSourceInput!) {\n    createRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n": types.CreateRegwatchSourceDocument,
    "\n  mutation UpdateRegwatchSource($input: UpdateRegwatchSourceInput!) {\n    updateRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n": types.UpdateRegwatchSourceDocument,
    "\n  mutation DeleteRegwatchSource($input: RegwatchSourceIdInput!) {\n    deleteRegwatchSource(input: $input) {\n      deletedSourceId\n    }\n  }\n": types.DeleteRegwatchSourceDocument,
    "\n  mutation PollRegwatchSource($input: RegwatchSourceIdInput!) {\n    pollRegwatchSource(input: $input) {\n      status\n      errorCode\n      newItems\n      newVersions\n      alerts\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n": types.PollRegwatchSourceDocument,
    "\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n        ...DashboardBriefsPanel_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n": types.DashboardDocument,
    "\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n      canAdmin\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      ...ParticipantsPanel_Meeting\n      ...TranscriptPanel_Meeting\n      ...TranscriptViewer_Meeting\n      ...BriefsPanel_Meeting\n      ...CalendarDownloadButton_Meeting\n      ...MeetingForm_Meeting\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...DecisionItem_Decision\n          ...SuggestionsPanel_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...ActionItemRow_ActionItem\n          ...ActionItemProvenance_ActionItem\n          ...SuggestionsPanel_ActionItem\n        }\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  query MyActionItemsViewer {\n    viewer {\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n": types.MyActionItemsViewerDocument,
    "\n  query MyActionItems($ownerId: ID!, $status: [ActionItemStatus!], $first: Int!, $orderBy: ActionItemOrder) {\n    actionItems(first: $first, filter: { ownerId: $ownerId, status: $status }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        owner {\n          id\n        }\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdue: actionItems(first: 1, filter: { ownerId: $ownerId, status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query NewMeetingViewer {\n    viewer {\n      canEdit\n      canAdmin\n    }\n  }\n": types.NewMeetingViewerDocument,
    "\n  query SettingsViewer {\n    viewer {\n      canAdmin\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n": types.SettingsViewerDocument,
    "\n  query Stakeholders($first: Int!, $after: String, $filter: StakeholderFilter) {\n    viewer {\n      canEdit\n    }\n    stakeholders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n": types.StakeholdersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n    source\n    editedByHuman\n    reviewState\n  }\n"): (typeof documents)["\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n    source\n    editedByHuman\n    reviewState\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppHeader_Viewer on Viewer {\n    role\n    user {\n      id\n      name\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AppHeader_Viewer on Viewer {\n    role\n    user {\n      id\n      name\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    viewer {\n      # Not read here: primes the cache for the owner picker of nudges (NudgeViewer).\n      canAdmin\n      ...AppHeader_Viewer\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    viewer {\n      # Not read here: primes the cache for the owner picker of nudges (NudgeViewer).\n      canAdmin\n      ...AppHeader_Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BriefsPanel_Meeting on Meeting {\n    id\n    startsAt\n    viewerCanEdit\n    briefs {\n      id\n      kind\n      version\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment BriefsPanel_Meeting on Meeting {\n    id\n    startsAt\n    viewerCanEdit\n    briefs {\n      id\n      kind\n      version\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardBriefsPanel_Meeting on Meeting {\n    id\n    title\n    startsAt\n    status\n    briefs {\n      id\n      kind\n      version\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardBriefsPanel_Meeting on Meeting {\n    id\n    title\n    startsAt\n    status\n    briefs {\n      id\n      kind\n      version\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n    source\n    editedByHuman\n    reviewState\n    ...DecisionProvenance_Decision\n  }\n"): (typeof documents)["\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n    source\n    editedByHuman\n    reviewState\n    ...DecisionProvenance_Decision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingListItem_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    sensitivity\n    location\n  }\n"): (typeof documents)["\n  fragment MeetingListItem_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    sensitivity\n    location\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantItem_Participant on Participant {\n    id\n    consent\n    consentUpdatedAt\n    stakeholder {\n      id\n      name\n      title\n      organization\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantItem_Participant on Participant {\n    id\n    consent\n    consentUpdatedAt\n    stakeholder {\n      id\n      name\n      title\n      organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantsPanel_Meeting on Meeting {\n    id\n    viewerCanEdit\n    transcript {\n      id\n    }\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n      ...ParticipantItem_Participant\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantsPanel_Meeting on Meeting {\n    id\n    viewerCanEdit\n    transcript {\n      id\n    }\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n      ...ParticipantItem_Participant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParticipantConsent($input: SetParticipantConsentInput!) {\n    setParticipantConsent(input: $input) {\n      participant {\n        id\n        consent\n        consentUpdatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetParticipantConsent($input: SetParticipantConsentInput!) {\n    setParticipantConsent(input: $input) {\n      participant {\n        id\n        consent\n        consentUpdatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionProvenance_Decision on Decision {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionProvenance_Decision on Decision {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemProvenance_ActionItem on ActionItem {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemProvenance_ActionItem on ActionItem {\n    id\n    source\n    confidence\n    evidence {\n      quote\n      segment\n      startMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvenanceViewer {\n    viewer {\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  query ProvenanceViewer {\n    viewer {\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranscriptPanel_Meeting on Meeting {\n    id\n    sensitivity\n    viewerCanEdit\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n    }\n    transcript {\n      id\n      ...TranscriptFacts_Transcript\n    }\n    extractionRuns {\n      id\n      ...RunStatus_ExtractionRun\n    }\n    speechTranscription {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment TranscriptPanel_Meeting on Meeting {\n    id\n    sensitivity\n    viewerCanEdit\n    participants {\n      id\n      consent\n      stakeholder {\n        id\n        name\n      }\n    }\n    transcript {\n      id\n      ...TranscriptFacts_Transcript\n    }\n    extractionRuns {\n      id\n      ...RunStatus_ExtractionRun\n    }\n    speechTranscription {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarDownloadButton_Meeting on Meeting {\n    id\n    title\n    icalendar\n  }\n"): (typeof documents)["\n  fragment CalendarDownloadButton_Meeting on Meeting {\n    id\n    title\n    icalendar\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarFeedItem on CalendarFeed {\n    id\n    name\n    url\n    lastStatus\n    lastPolledAt\n    lastErrorCode\n    consecutiveFailures\n  }\n"): (typeof documents)["\n  fragment CalendarFeedItem on CalendarFeed {\n    id\n    name\n    url\n    lastStatus\n    lastPolledAt\n    lastErrorCode\n    consecutiveFailures\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeeds {\n    calendarFeeds {\n      ...CalendarFeedItem\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeeds {\n    calendarFeeds {\n      ...CalendarFeedItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PollCalendarFeed($input: PollCalendarFeedInput!) {\n    pollCalendarFeed(input: $input) {\n      status\n      errorCode\n      created\n      updated\n      cancelled\n      unchanged\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PollCalendarFeed($input: PollCalendarFeedInput!) {\n    pollCalendarFeed(input: $input) {\n      status\n      errorCode\n      created\n      updated\n      cancelled\n      unchanged\n      feed {\n        ...CalendarFeedItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      deletedFeedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      deletedFeedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarImport($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      created\n      updated\n      cancelled\n      unchanged\n      meetings {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarImport($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      created\n      updated\n      cancelled\n      unchanged\n      meetings {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItemTrend($days: Int!) {\n    actionItemTrend(days: $days) {\n      date\n      open\n      done\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query ActionItemTrend($days: Int!) {\n    actionItemTrend(days: $days) {\n      date\n      open\n      done\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadLetterItem_DeadLetter on DeadLetter {\n    id\n    jobName\n    jobKey\n    errorCode\n    errorMessage\n    attempts\n    firstFailedAt\n    lastFailedAt\n    status\n    system\n    viewerCanResolve\n  }\n"): (typeof documents)["\n  fragment DeadLetterItem_DeadLetter on DeadLetter {\n    id\n    jobName\n    jobKey\n    errorCode\n    errorMessage\n    attempts\n    firstFailedAt\n    lastFailedAt\n    status\n    system\n    viewerCanResolve\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobQueueRow_JobQueueState on JobQueueState {\n    jobName\n    description\n    schedule\n    queued\n    running\n    failed\n    dead\n    succeeded24h\n  }\n"): (typeof documents)["\n  fragment JobQueueRow_JobQueueState on JobQueueState {\n    jobName\n    description\n    schedule\n    queued\n    running\n    failed\n    dead\n    succeeded24h\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NudgeItem_Nudge on Nudge {\n    id\n    kind\n    windowHours\n    readAt\n    answeredAt\n    createdAt\n    deliveries {\n      channel\n      status\n      sentAt\n    }\n    actionItem {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      ownerName\n      owner {\n        id\n        name\n      }\n      meeting {\n        id\n        title\n      }\n      blocked {\n        reason\n        blockedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NudgeItem_Nudge on Nudge {\n    id\n    kind\n    windowHours\n    readAt\n    answeredAt\n    createdAt\n    deliveries {\n      channel\n      status\n      sentAt\n    }\n    actionItem {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      ownerName\n      owner {\n        id\n        name\n      }\n      meeting {\n        id\n        title\n      }\n      blocked {\n        reason\n        blockedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegwatchAlertCard_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    item {\n      id\n      identifierKind\n    }\n    source {\n      id\n      name\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n"): (typeof documents)["\n  fragment RegwatchAlertCard_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    item {\n      id\n      identifierKind\n    }\n    source {\n      id\n      name\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegwatchAlertDetail_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    viewerCanTriage\n    source {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n    item {\n      id\n      identifier\n      identifierKind\n      title\n      url\n      versions(first: 5) {\n        id\n        seq\n        fetchedAt\n        changeType\n      }\n    }\n    version {\n      id\n      seq\n      ...RegwatchVersionDiff_RegwatchVersion\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n"): (typeof documents)["\n  fragment RegwatchAlertDetail_RegwatchAlert on RegwatchAlert {\n    id\n    title\n    identifier\n    link\n    changeType\n    publishedOn\n    inForceOn\n    diffSummary\n    severity\n    state\n    createdAt\n    viewerCanTriage\n    source {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n    item {\n      id\n      identifier\n      identifierKind\n      title\n      url\n      versions(first: 5) {\n        id\n        seq\n        fetchedAt\n        changeType\n      }\n    }\n    version {\n      id\n      seq\n      ...RegwatchVersionDiff_RegwatchVersion\n    }\n    ...RegwatchMatchReasons_RegwatchAlert\n    ...RegwatchAlertTriageState_RegwatchAlert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegwatchMatchReasons_RegwatchAlert on RegwatchAlert {\n    id\n    matchedTopics {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    matchedStakeholderCount\n  }\n"): (typeof documents)["\n  fragment RegwatchMatchReasons_RegwatchAlert on RegwatchAlert {\n    id\n    matchedTopics {\n      id\n      name\n    }\n    matchedMeetings {\n      id\n      title\n      startsAt\n    }\n    matchedStakeholderCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegwatchAlertTriageState_RegwatchAlert on RegwatchAlert {\n    id\n    state\n    dismissedReason\n    triagedAt\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment RegwatchAlertTriageState_RegwatchAlert on RegwatchAlert {\n    id\n    state\n    dismissedReason\n    triagedAt\n    assignedTo {\n      id\n      name\n    }\n    actionItem {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegwatchVersionDiff_RegwatchVersion on RegwatchVersion {\n    id\n    seq\n    changeType\n    fetchedAt\n    diffSummary\n    sections {\n      section\n      text\n    }\n    diff {\n      section\n      change\n      before\n      after\n      words {\n        value\n        added\n        removed\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RegwatchVersionDiff_RegwatchVersion on RegwatchVersion {\n    id\n    seq\n    changeType\n    fetchedAt\n    diffSummary\n    sections {\n      section\n      text\n    }\n    diff {\n      section\n      change\n      before\n      after\n      words {\n        value\n        added\n        removed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegwatchSourceItem_RegwatchSource on RegwatchSource {\n    id\n    name\n    kind\n    url\n    selector\n    intervalMinutes\n    enabled\n    healthy\n    lastStatus\n    lastErrorCode\n    consecutiveFailures\n    lastPolledAt\n    nextPollAt\n    systemWide\n    viewerCanManage\n  }\n"): (typeof documents)["\n  fragment RegwatchSourceItem_RegwatchSource on RegwatchSource {\n    id\n    name\n    kind\n    url\n    selector\n    intervalMinutes\n    enabled\n    healthy\n    lastStatus\n    lastErrorCode\n    consecutiveFailures\n    lastPolledAt\n    nextPollAt\n    systemWide\n    viewerCanManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegwatchTopicItem_RegwatchTopic on RegwatchTopic {\n    id\n    name\n    query\n    identifiers\n    severity\n  }\n"): (typeof documents)["\n  fragment RegwatchTopicItem_RegwatchTopic on RegwatchTopic {\n    id\n    name\n    query\n    identifiers\n    severity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestionsPanel_Decision on Decision {\n    id\n    text\n    confidence\n    reviewState\n    evidence {\n      quote\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionsPanel_Decision on Decision {\n    id\n    text\n    confidence\n    reviewState\n    evidence {\n      quote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestionsPanel_ActionItem on ActionItem {\n    id\n    title\n    confidence\n    reviewState\n    dueDate\n    ownerName\n    owner {\n      id\n      name\n    }\n    evidence {\n      quote\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionsPanel_ActionItem on ActionItem {\n    id\n    title\n    confidence\n    reviewState\n    dueDate\n    ownerName\n    owner {\n      id\n      name\n    }\n    evidence {\n      quote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSuggestion($input: ReviewSuggestionInput!) {\n    reviewSuggestion(input: $input) {\n      decision {\n        id\n        reviewState\n        reviewedAt\n      }\n      actionItem {\n        id\n        reviewState\n        reviewedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSuggestion($input: ReviewSuggestionInput!) {\n    reviewSuggestion(input: $input) {\n      decision {\n        id\n        reviewState\n        reviewedAt\n      }\n      actionItem {\n        id\n        reviewState\n        reviewedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsApiTokens {\n    apiTokens {\n      id\n      ...TokenItem_ApiToken\n    }\n  }\n"): (typeof documents)["\n  query SettingsApiTokens {\n    apiTokens {\n      id\n      ...TokenItem_ApiToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogItem_AuditEvent on AuditEvent {\n    id\n    action\n    createdAt\n    actorKind\n    actor {\n      id\n      name\n    }\n    meetingId\n    targetType\n    targetId\n  }\n"): (typeof documents)["\n  fragment AuditLogItem_AuditEvent on AuditEvent {\n    id\n    action\n    createdAt\n    actorKind\n    actor {\n      id\n      name\n    }\n    meetingId\n    targetType\n    targetId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AuditLogItem_AuditEvent\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AuditLogItem_AuditEvent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BriefSettings {\n    briefSettings {\n      preBriefLeadHours\n      preBriefEmail\n    }\n  }\n"): (typeof documents)["\n  query BriefSettings {\n    briefSettings {\n      preBriefLeadHours\n      preBriefEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBriefSettings($input: UpdateBriefSettingsInput!) {\n    updateBriefSettings(input: $input) {\n      briefSettings {\n        preBriefLeadHours\n        preBriefEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBriefSettings($input: UpdateBriefSettingsInput!) {\n    updateBriefSettings(input: $input) {\n      briefSettings {\n        preBriefLeadHours\n        preBriefEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSettings {\n    reviewSettings {\n      suggestionThreshold\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ReviewSettings {\n    reviewSettings {\n      suggestionThreshold\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      reviewSettings {\n        suggestionThreshold\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      reviewSettings {\n        suggestionThreshold\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPrecision($weeks: Int!) {\n    reviewPrecision(weeks: $weeks) {\n      weekStart\n      accepted\n      edited\n      rejected\n      reviewed\n      precision\n    }\n  }\n"): (typeof documents)["\n  query ReviewPrecision($weeks: Int!) {\n    reviewPrecision(weeks: $weeks) {\n      weekStart\n      accepted\n      edited\n      rejected\n      reviewed\n      precision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      slackConfigured\n      teamsConfigured\n      quietStart\n      quietEnd\n      ownQuietHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NudgeRules {\n    nudgeSettings {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n"): (typeof documents)["\n  query NudgeRules {\n    nudgeSettings {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNudgeRules($input: UpdateNudgeSettingsInput!) {\n    updateNudgeSettings(input: $input) {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNudgeRules($input: UpdateNudgeSettingsInput!) {\n    updateNudgeSettings(input: $input) {\n      stalledHours\n      quietStart\n      quietEnd\n      dueSoon\n      overdue\n      escalate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...UserRow_User\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...UserRow_User\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        label\n        ...TokenItem_ApiToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        label\n        ...TokenItem_ApiToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TokenItem_ApiToken on ApiToken {\n    id\n    label\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment TokenItem_ApiToken on ApiToken {\n    id\n    label\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_User on User {\n    id\n    name\n    email\n    role\n    active\n  }\n"): (typeof documents)["\n  fragment UserRow_User on User {\n    id\n    name\n    email\n    role\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserRole($input: UpdateUserRoleInput!) {\n    updateUserRole(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserRole($input: UpdateUserRoleInput!) {\n    updateUserRole(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderCard_Stakeholder on Stakeholder {\n    id\n    name\n    title\n    organization\n    influence\n    interest\n  }\n"): (typeof documents)["\n  fragment StakeholderCard_Stakeholder on Stakeholder {\n    id\n    name\n    title\n    organization\n    influence\n    interest\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderContact_Stakeholder on Stakeholder {\n    id\n    email\n    phone\n    notes\n  }\n"): (typeof documents)["\n  fragment StakeholderContact_Stakeholder on Stakeholder {\n    id\n    email\n    phone\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      stakeholder {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeechSettings {\n    speechToText {\n      enabled\n      local\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  query SpeechSettings {\n    speechToText {\n      enabled\n      local\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AudioUpload_SpeechTranscription on SpeechTranscription {\n    id\n    status\n    failureCode\n    failureReason\n    speakers {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n    run {\n      id\n      status\n      ...RunPayload_ExtractionRun\n    }\n  }\n"): (typeof documents)["\n  fragment AudioUpload_SpeechTranscription on SpeechTranscription {\n    id\n    status\n    failureCode\n    failureReason\n    speakers {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n    run {\n      id\n      status\n      ...RunPayload_ExtractionRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranscribeAudio($input: TranscribeAudioInput!) {\n    transcribeAudio(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TranscribeAudio($input: TranscribeAudioInput!) {\n    transcribeAudio(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeechFollow($id: ID!) {\n    speechTranscription(id: $id) {\n      id\n      ...AudioUpload_SpeechTranscription\n    }\n  }\n"): (typeof documents)["\n  query SpeechFollow($id: ID!) {\n    speechTranscription(id: $id) {\n      id\n      ...AudioUpload_SpeechTranscription\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSpeechTranscription($input: CompleteSpeechTranscriptionInput!) {\n    completeSpeechTranscription(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSpeechTranscription($input: CompleteSpeechTranscriptionInput!) {\n    completeSpeechTranscription(input: $input) {\n      speechTranscription {\n        id\n        ...AudioUpload_SpeechTranscription\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerunExtraction($input: RerunExtractionInput!) {\n    rerunExtraction(input: $input) {\n      run {\n        id\n        ...RunStatus_ExtractionRun\n        meeting {\n          id\n          ...TranscriptPanel_Meeting\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RerunExtraction($input: RerunExtractionInput!) {\n    rerunExtraction(input: $input) {\n      run {\n        id\n        ...RunStatus_ExtractionRun\n        meeting {\n          id\n          ...TranscriptPanel_Meeting\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunStatus_ExtractionRun on ExtractionRun {\n    id\n    status\n    progress\n    source\n    failureCode\n    failureReason\n    decisionCount\n    actionItemCount\n    createdAt\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment RunStatus_ExtractionRun on ExtractionRun {\n    id\n    status\n    progress\n    source\n    failureCode\n    failureReason\n    decisionCount\n    actionItemCount\n    createdAt\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoredTranscriptSpeakers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      transcript {\n        id\n        speakers {\n          name\n          turns\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoredTranscriptSpeakers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      transcript {\n        id\n        speakers {\n          name\n          turns\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTranscriptSpeakerMap($input: SetTranscriptSpeakerMapInput!) {\n    setTranscriptSpeakerMap(input: $input) {\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTranscriptSpeakerMap($input: SetTranscriptSpeakerMapInput!) {\n    setTranscriptSpeakerMap(input: $input) {\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranscriptCue_Segment on TranscriptSegment {\n    index\n    speaker\n    startMs\n    endMs\n    text\n  }\n"): (typeof documents)["\n  fragment TranscriptCue_Segment on TranscriptSegment {\n    index\n    speaker\n    startMs\n    endMs\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranscriptFacts_Transcript on Transcript {\n    id\n    format\n    filename\n    byteSize\n    segmentCount\n    speakerCount\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TranscriptFacts_Transcript on Transcript {\n    id\n    format\n    filename\n    byteSize\n    segmentCount\n    speakerCount\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranscriptViewer_Meeting on Meeting {\n    id\n    transcript {\n      id\n      segmentCount\n    }\n  }\n"): (typeof documents)["\n  fragment TranscriptViewer_Meeting on Meeting {\n    id\n    transcript {\n      id\n      segmentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachTranscript($input: AttachTranscriptInput!) {\n    attachTranscript(input: $input) {\n      transcript {\n        id\n      }\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachTranscript($input: AttachTranscriptInput!) {\n    attachTranscript(input: $input) {\n      transcript {\n        id\n      }\n      run {\n        id\n        ...RunPayload_ExtractionRun\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranscriptSpeakers($input: TranscriptSpeakersInput!) {\n    transcriptSpeakers(input: $input) {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TranscriptSpeakers($input: TranscriptSpeakersInput!) {\n    transcriptSpeakers(input: $input) {\n      name\n      turns\n      participant {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunPayload_ExtractionRun on ExtractionRun {\n    id\n    ...RunStatus_ExtractionRun\n    meeting {\n      id\n      ...TranscriptPanel_Meeting\n    }\n  }\n"): (typeof documents)["\n  fragment RunPayload_ExtractionRun on ExtractionRun {\n    id\n    ...RunStatus_ExtractionRun\n    meeting {\n      id\n      ...TranscriptPanel_Meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpeakerStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpeakerStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExtractionRunChanged($meetingId: ID!) {\n    extractionRunChanged(meetingId: $meetingId) {\n      id\n      ...RunStatus_ExtractionRun\n      meeting {\n        id\n        extractionRuns {\n          id\n          ...RunStatus_ExtractionRun\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ExtractionRunChanged($meetingId: ID!) {\n    extractionRunChanged(meetingId: $meetingId) {\n      id\n      ...RunStatus_ExtractionRun\n      meeting {\n        id\n        extractionRuns {\n          id\n          ...RunStatus_ExtractionRun\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtractionRunPoll($id: ID!) {\n    extractionRun(id: $id) {\n      id\n      ...RunStatus_ExtractionRun\n    }\n  }\n"): (typeof documents)["\n  query ExtractionRunPoll($id: ID!) {\n    extractionRun(id: $id) {\n      id\n      ...RunStatus_ExtractionRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranscriptSegments($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Transcript {\n        segments(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            index\n            ...TranscriptCue_Segment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TranscriptSegments($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Transcript {\n        segments(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            index\n            ...TranscriptCue_Segment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingBriefGenerated {\n    briefGenerated {\n      id\n      kind\n      version\n      body\n      createdAt\n      meeting {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingBriefGenerated {\n    briefGenerated {\n      id\n      kind\n      version\n      body\n      createdAt\n      meeting {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BriefNotice {\n    briefGenerated {\n      id\n      kind\n      version\n      createdAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BriefNotice {\n    briefGenerated {\n      id\n      kind\n      version\n      createdAt\n      meeting {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GeneratePostBrief($input: GeneratePostBriefInput!) {\n    generatePostBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GeneratePostBrief($input: GeneratePostBriefInput!) {\n    generatePostBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GeneratePreBrief($input: GeneratePreBriefInput!) {\n    generatePreBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GeneratePreBrief($input: GeneratePreBriefInput!) {\n    generatePreBrief(input: $input) {\n      brief {\n        id\n        kind\n        version\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsPage {\n    jobQueues {\n      jobName\n      ...JobQueueRow_JobQueueState\n    }\n  }\n"): (typeof documents)["\n  query JobsPage {\n    jobQueues {\n      jobName\n      ...JobQueueRow_JobQueueState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsDeadLetters($first: Int!, $after: String) {\n    deadLetters(first: $first, after: $after, filter: { status: DEAD }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        ...DeadLetterItem_DeadLetter\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobsDeadLetters($first: Int!, $after: String) {\n    deadLetters(first: $first, after: $after, filter: { status: DEAD }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        ...DeadLetterItem_DeadLetter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayDeadLetter($input: DeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayDeadLetter($input: DeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardDeadLetter($input: DeadLetterInput!) {\n    discardDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardDeadLetter($input: DeadLetterInput!) {\n    discardDeadLetter(input: $input) {\n      deadLetter {\n        id\n        status\n        resolvedAt\n        viewerCanResolve\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobQueuesChanged {\n    jobQueuesChanged {\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription JobQueuesChanged {\n    jobQueuesChanged {\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      owner {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n"): (typeof documents)["\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      owner {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsPage($first: Int!, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrder) {\n    viewer {\n      canEdit\n    }\n    meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsPage($first: Int!, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrder) {\n    viewer {\n      canEdit\n    }\n    meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantCandidates {\n    stakeholders(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        organization\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ParticipantCandidates {\n    stakeholders(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        organization\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerCandidates {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OwnerCandidates {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingForm_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    agendaItems\n    sensitivity\n    status\n    viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment MeetingForm_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    agendaItems\n    sensitivity\n    status\n    viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        ...MeetingForm_Meeting\n        ...MeetingListItem_Meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParticipant($input: AddParticipantInput!) {\n    addParticipant(input: $input) {\n      participant {\n        id\n        consent\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddParticipant($input: AddParticipantInput!) {\n    addParticipant(input: $input) {\n      participant {\n        id\n        consent\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipant($input: RemoveParticipantInput!) {\n    removeParticipant(input: $input) {\n      removedParticipantId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveParticipant($input: RemoveParticipantInput!) {\n    removeParticipant(input: $input) {\n      removedParticipantId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        id\n        ...DecisionItem_Decision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignActionItem($input: AssignActionItemInput!) {\n    assignActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignActionItem($input: AssignActionItemInput!) {\n    assignActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActionItem($input: CancelActionItemInput!) {\n    cancelActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelActionItem($input: CancelActionItemInput!) {\n    cancelActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NudgeUnreadCount {\n    nudges(first: 1, filter: { unread: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NudgeUnreadCount {\n    nudges(first: 1, filter: { unread: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NudgesPage($first: Int!, $after: String, $filter: NudgeFilter) {\n    nudges(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"): (typeof documents)["\n  query NudgesPage($first: Int!, $after: String, $filter: NudgeFilter) {\n    nudges(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNudges($first: Int!) {\n    nudges(first: $first, filter: { unread: true }) {\n      totalCount\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardNudges($first: Int!) {\n    nudges(first: $first, filter: { unread: true }) {\n      totalCount\n      nodes {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedNudge($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Nudge {\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkedNudge($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Nudge {\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NudgesChanged {\n    nudges {\n      id\n      readAt\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  subscription NudgesChanged {\n    nudges {\n      id\n      readAt\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNudgeRead($input: NudgeIdInput!) {\n    markNudgeRead(input: $input) {\n      nudge {\n        id\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNudgeRead($input: NudgeIdInput!) {\n    markNudgeRead(input: $input) {\n      nudge {\n        id\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNudgesRead {\n    markAllNudgesRead {\n      marked\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAllNudgesRead {\n    markAllNudgesRead {\n      marked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteNudge($input: NudgeIdInput!) {\n    completeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        status\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteNudge($input: NudgeIdInput!) {\n    completeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        status\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeNudge($input: SnoozeNudgeInput!) {\n    snoozeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SnoozeNudge($input: SnoozeNudgeInput!) {\n    snoozeNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockNudge($input: BlockNudgeInput!) {\n    blockNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BlockNudge($input: BlockNudgeInput!) {\n    blockNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignNudge($input: ReassignNudgeInput!) {\n    reassignNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        ownerName\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignNudge($input: ReassignNudgeInput!) {\n    reassignNudge(input: $input) {\n      nudge {\n        id\n        ...NudgeItem_Nudge\n      }\n      actionItem {\n        id\n        ownerName\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockActionItem($input: UnblockActionItemInput!) {\n    unblockActionItem(input: $input) {\n      actionItem {\n        id\n        blocked {\n          reason\n          blockedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockActionItem($input: UnblockActionItemInput!) {\n    unblockActionItem(input: $input) {\n      actionItem {\n        id\n        blocked {\n          reason\n          blockedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NudgeAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NudgeAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NudgeViewer {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NudgeViewer {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcurementResult_Result on ProcurementResult {\n    regime\n    thresholdSek\n    directAwardLimitSek\n    recommendedProcedures\n    rulesVersion\n    timeline {\n      minTenderDays\n      standstillDays\n      earliestAwardDate\n      earliestContractDate\n    }\n    ranking {\n      rank\n      supplier\n      comparisonValue\n      priceScore\n      qualityScore\n    }\n    sensitivity {\n      criteria {\n        id\n        weightChangeToFlipWinner\n      }\n      bids {\n        supplier\n        priceToWinSek\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ProcurementResult_Result on ProcurementResult {\n    regime\n    thresholdSek\n    directAwardLimitSek\n    recommendedProcedures\n    rulesVersion\n    timeline {\n      minTenderDays\n      standstillDays\n      earliestAwardDate\n      earliestContractDate\n    }\n    ranking {\n      rank\n      supplier\n      comparisonValue\n      priceScore\n      qualityScore\n    }\n    sensitivity {\n      criteria {\n        id\n        weightChangeToFlipWinner\n      }\n      bids {\n        supplier\n        priceToWinSek\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcurementScenario_Form on ProcurementScenario {\n    contractType\n    authority\n    estimatedValueSek\n    startDate\n    electronicSubmission\n    priorInformationNotice\n    urgency\n    procedure\n    similarPurchasesThisYear\n    similarPurchasesValueSek\n    evaluationDays\n    awardDecisionSentElectronically\n    evaluation {\n      model\n      priceWeight\n      priceCeilingSek\n      priceFloorSek\n      criteria {\n        id\n        name\n        weight\n        maxAddedValueSek\n      }\n    }\n    bids {\n      supplier\n      priceSek\n      maxScore\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProcurementScenario_Form on ProcurementScenario {\n    contractType\n    authority\n    estimatedValueSek\n    startDate\n    electronicSubmission\n    priorInformationNotice\n    urgency\n    procedure\n    similarPurchasesThisYear\n    similarPurchasesValueSek\n    evaluationDays\n    awardDecisionSentElectronically\n    evaluation {\n      model\n      priceWeight\n      priceCeilingSek\n      priceFloorSek\n      criteria {\n        id\n        name\n        weight\n        maxAddedValueSek\n      }\n    }\n    bids {\n      supplier\n      priceSek\n      maxScore\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateProcurement($input: ProcurementScenarioInput!) {\n    simulateProcurement(input: $input) {\n      ...ProcurementResult_Result\n    }\n  }\n"): (typeof documents)["\n  query SimulateProcurement($input: ProcurementScenarioInput!) {\n    simulateProcurement(input: $input) {\n      ...ProcurementResult_Result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcurementScenarios($first: Int!) {\n    viewer {\n      canEdit\n    }\n    procurementScenarios(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n        createdBy {\n          id\n          name\n        }\n        scenario {\n          contractType\n          estimatedValueSek\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcurementScenarios($first: Int!) {\n    viewer {\n      canEdit\n    }\n    procurementScenarios(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n        createdBy {\n          id\n          name\n        }\n        scenario {\n          contractType\n          estimatedValueSek\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcurementScenario($id: ID!) {\n    procurementScenario(id: $id) {\n      id\n      name\n      viewerCanEdit\n      scenario {\n        ...ProcurementScenario_Form\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcurementScenario($id: ID!) {\n    procurementScenario(id: $id) {\n      id\n      name\n      viewerCanEdit\n      scenario {\n        ...ProcurementScenario_Form\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcurementScenario($input: CreateProcurementScenarioInput!) {\n    createProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProcurementScenario($input: CreateProcurementScenarioInput!) {\n    createProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProcurementScenario($input: UpdateProcurementScenarioInput!) {\n    updateProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProcurementScenario($input: UpdateProcurementScenarioInput!) {\n    updateProcurementScenario(input: $input) {\n      procurementScenario {\n        id\n        name\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProcurementScenario($input: DeleteProcurementScenarioInput!) {\n    deleteProcurementScenario(input: $input) {\n      deletedProcurementScenarioId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProcurementScenario($input: DeleteProcurementScenarioInput!) {\n    deleteProcurementScenario(input: $input) {\n      deletedProcurementScenarioId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareProcurementScenarios($aId: ID!, $bId: ID!) {\n    compareProcurementScenarios(aId: $aId, bId: $bId) {\n      a {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      b {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      aResult {\n        ...ProcurementResult_Result\n      }\n      bResult {\n        ...ProcurementResult_Result\n      }\n      differences {\n        field\n        a\n        b\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareProcurementScenarios($aId: ID!, $bId: ID!) {\n    compareProcurementScenarios(aId: $aId, bId: $bId) {\n      a {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      b {\n        id\n        name\n        scenario {\n          ...ProcurementScenario_Form\n        }\n      }\n      aResult {\n        ...ProcurementResult_Result\n      }\n      bResult {\n        ...ProcurementResult_Result\n      }\n      differences {\n        field\n        a\n        b\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegwatchViewer {\n    viewer {\n      canAdmin\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  query RegwatchViewer {\n    viewer {\n      canAdmin\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegwatchAlertsPage($first: Int!, $after: String, $filter: RegwatchAlertFilter) {\n    regwatchAlerts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RegwatchAlertCard_RegwatchAlert\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegwatchAlertsPage($first: Int!, $after: String, $filter: RegwatchAlertFilter) {\n    regwatchAlerts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RegwatchAlertCard_RegwatchAlert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRegwatch($first: Int!) {\n    regwatchAlerts(first: $first, filter: { severity: [HIGH], state: [NEW] }) {\n      totalCount\n      nodes {\n        id\n        title\n        identifier\n        changeType\n        inForceOn\n        publishedOn\n        createdAt\n        severity\n        state\n        item {\n          id\n          identifierKind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardRegwatch($first: Int!) {\n    regwatchAlerts(first: $first, filter: { severity: [HIGH], state: [NEW] }) {\n      totalCount\n      nodes {\n        id\n        title\n        identifier\n        changeType\n        inForceOn\n        publishedOn\n        createdAt\n        severity\n        state\n        item {\n          id\n          identifierKind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegwatchAlert($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on RegwatchAlert {\n        ...RegwatchAlertDetail_RegwatchAlert\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegwatchAlert($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on RegwatchAlert {\n        ...RegwatchAlertDetail_RegwatchAlert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RegwatchAlerts($filter: RegwatchAlertSubscriptionFilter) {\n    regwatchAlerts(filter: $filter) {\n      id\n      title\n      severity\n      state\n      triagedAt\n      matchedTopics {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RegwatchAlerts($filter: RegwatchAlertSubscriptionFilter) {\n    regwatchAlerts(filter: $filter) {\n      id\n      title\n      severity\n      state\n      triagedAt\n      matchedTopics {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeRegwatchAlert($input: RegwatchAlertIdInput!) {\n    acknowledgeRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeRegwatchAlert($input: RegwatchAlertIdInput!) {\n    acknowledgeRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissRegwatchAlert($input: DismissRegwatchAlertInput!) {\n    dismissRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DismissRegwatchAlert($input: DismissRegwatchAlertInput!) {\n    dismissRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRegwatchAlert($input: AssignRegwatchAlertInput!) {\n    assignRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRegwatchAlert($input: AssignRegwatchAlertInput!) {\n    assignRegwatchAlert(input: $input) {\n      alert {\n        id\n        ...RegwatchAlertTriageState_RegwatchAlert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegwatchAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegwatchAssignableUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegwatchTopics {\n    regwatchTopics {\n      id\n      ...RegwatchTopicItem_RegwatchTopic\n    }\n  }\n"): (typeof documents)["\n  query RegwatchTopics {\n    regwatchTopics {\n      id\n      ...RegwatchTopicItem_RegwatchTopic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegwatchTopic($input: CreateRegwatchTopicInput!) {\n    createRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegwatchTopic($input: CreateRegwatchTopicInput!) {\n    createRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegwatchTopic($input: UpdateRegwatchTopicInput!) {\n    updateRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegwatchTopic($input: UpdateRegwatchTopicInput!) {\n    updateRegwatchTopic(input: $input) {\n      topic {\n        id\n        ...RegwatchTopicItem_RegwatchTopic\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRegwatchTopic($input: RegwatchTopicIdInput!) {\n    deleteRegwatchTopic(input: $input) {\n      deletedTopicId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRegwatchTopic($input: RegwatchTopicIdInput!) {\n    deleteRegwatchTopic(input: $input) {\n      deletedTopicId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegwatchSources {\n    regwatchSources {\n      id\n      ...RegwatchSourceItem_RegwatchSource\n    }\n  }\n"): (typeof documents)["\n  query RegwatchSources {\n    regwatchSources {\n      id\n      ...RegwatchSourceItem_RegwatchSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegwatchSource($input: CreateRegwatchSourceInput!) {\n    createRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegwatchSource($input: CreateRegwatchSourceInput!) {\n    createRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegwatchSource($input: UpdateRegwatchSourceInput!) {\n    updateRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegwatchSource($input: UpdateRegwatchSourceInput!) {\n    updateRegwatchSource(input: $input) {\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRegwatchSource($input: RegwatchSourceIdInput!) {\n    deleteRegwatchSource(input: $input) {\n      deletedSourceId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRegwatchSource($input: RegwatchSourceIdInput!) {\n    deleteRegwatchSource(input: $input) {\n      deletedSourceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PollRegwatchSource($input: RegwatchSourceIdInput!) {\n    pollRegwatchSource(input: $input) {\n      status\n      errorCode\n      newItems\n      newVersions\n      alerts\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PollRegwatchSource($input: RegwatchSourceIdInput!) {\n    pollRegwatchSource(input: $input) {\n      status\n      errorCode\n      newItems\n      newVersions\n      alerts\n      source {\n        id\n        ...RegwatchSourceItem_RegwatchSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n        ...DashboardBriefsPanel_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n        ...DashboardBriefsPanel_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n      canAdmin\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      ...ParticipantsPanel_Meeting\n      ...TranscriptPanel_Meeting\n      ...TranscriptViewer_Meeting\n      ...BriefsPanel_Meeting\n      ...CalendarDownloadButton_Meeting\n      ...MeetingForm_Meeting\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...DecisionItem_Decision\n          ...SuggestionsPanel_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...ActionItemRow_ActionItem\n          ...ActionItemProvenance_ActionItem\n          ...SuggestionsPanel_ActionItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n      canAdmin\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      ...ParticipantsPanel_Meeting\n      ...TranscriptPanel_Meeting\n      ...TranscriptViewer_Meeting\n      ...BriefsPanel_Meeting\n      ...CalendarDownloadButton_Meeting\n      ...MeetingForm_Meeting\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...DecisionItem_Decision\n          ...SuggestionsPanel_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          reviewState\n          ...ActionItemRow_ActionItem\n          ...ActionItemProvenance_ActionItem\n          ...SuggestionsPanel_ActionItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItemsViewer {\n    viewer {\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActionItemsViewer {\n    viewer {\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($ownerId: ID!, $status: [ActionItemStatus!], $first: Int!, $orderBy: ActionItemOrder) {\n    actionItems(first: $first, filter: { ownerId: $ownerId, status: $status }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        owner {\n          id\n        }\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdue: actionItems(first: 1, filter: { ownerId: $ownerId, status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyActionItems($ownerId: ID!, $status: [ActionItemStatus!], $first: Int!, $orderBy: ActionItemOrder) {\n    actionItems(first: $first, filter: { ownerId: $ownerId, status: $status }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        owner {\n          id\n        }\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdue: actionItems(first: 1, filter: { ownerId: $ownerId, status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewMeetingViewer {\n    viewer {\n      canEdit\n      canAdmin\n    }\n  }\n"): (typeof documents)["\n  query NewMeetingViewer {\n    viewer {\n      canEdit\n      canAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsViewer {\n    viewer {\n      canAdmin\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsViewer {\n    viewer {\n      canAdmin\n      canEdit\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stakeholders($first: Int!, $after: String, $filter: StakeholderFilter) {\n    viewer {\n      canEdit\n    }\n    stakeholders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n"): (typeof documents)["\n  query Stakeholders($first: Int!, $after: String, $filter: StakeholderFilter) {\n    viewer {\n      canEdit\n    }\n    stakeholders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...StakeholderCard_Stakeholder\n        ...StakeholderContact_Stakeholder\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;