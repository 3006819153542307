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
    "\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n  }\n": typeof types.ActionItemRow_ActionItemFragmentDoc,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": typeof types.ReopenActionItemDocument,
    "\n  fragment AppHeader_Viewer on Viewer {\n    role\n    user {\n      id\n      name\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.AppHeader_ViewerFragmentDoc,
    "\n  query AppShell {\n    viewer {\n      ...AppHeader_Viewer\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n  }\n": typeof types.DecisionItem_DecisionFragmentDoc,
    "\n  fragment MeetingListItem_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    sensitivity\n    location\n  }\n": typeof types.MeetingListItem_MeetingFragmentDoc,
    "\n  fragment ParticipantItem_Participant on Participant {\n    id\n    consent\n    consentUpdatedAt\n    stakeholder {\n      id\n      name\n      title\n      organization\n    }\n  }\n": typeof types.ParticipantItem_ParticipantFragmentDoc,
    "\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n": typeof types.ActionItemChangedDocument,
    "\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      participants {\n        id\n        ...ParticipantItem_Participant\n      }\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...DecisionItem_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...ActionItemRow_ActionItem\n        }\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
};
const documents: Documents = {
    "\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n  }\n": types.ActionItemRow_ActionItemFragmentDoc,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      actionItem {\n        id\n        ...ActionItemRow_ActionItem\n      }\n    }\n  }\n": types.ReopenActionItemDocument,
    "\n  fragment AppHeader_Viewer on Viewer {\n    role\n    user {\n      id\n      name\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.AppHeader_ViewerFragmentDoc,
    "\n  query AppShell {\n    viewer {\n      ...AppHeader_Viewer\n    }\n  }\n": types.AppShellDocument,
    "\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n  }\n": types.DecisionItem_DecisionFragmentDoc,
    "\n  fragment MeetingListItem_Meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    sensitivity\n    location\n  }\n": types.MeetingListItem_MeetingFragmentDoc,
    "\n  fragment ParticipantItem_Participant on Participant {\n    id\n    consent\n    consentUpdatedAt\n    stakeholder {\n      id\n      name\n      title\n      organization\n    }\n  }\n": types.ParticipantItem_ParticipantFragmentDoc,
    "\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n": types.ActionItemChangedDocument,
    "\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n": types.DashboardDocument,
    "\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      participants {\n        id\n        ...ParticipantItem_Participant\n      }\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...DecisionItem_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...ActionItemRow_ActionItem\n        }\n      }\n    }\n  }\n": types.MeetingPageDocument,
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
export function graphql(source: "\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ActionItemRow_ActionItem on ActionItem {\n    id\n    title\n    status\n    dueDate\n    isOverdue\n    completedAt\n    ownerName\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    viewerCanEdit\n    updatedAt\n  }\n"];
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
export function graphql(source: "\n  query AppShell {\n    viewer {\n      ...AppHeader_Viewer\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    viewer {\n      ...AppHeader_Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment DecisionItem_Decision on Decision {\n    id\n    text\n    decidedAt\n  }\n"];
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
export function graphql(source: "\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n"): (typeof documents)["\n  subscription ActionItemChanged {\n    actionItemChanged {\n      id\n      status\n      title\n      meeting {\n        id\n      }\n      ...ActionItemRow_ActionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingChanged {\n    meetingChanged {\n      id\n      title\n      ...MeetingListItem_Meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {\n    viewer {\n      canEdit\n    }\n    upcomingMeetings: meetings(\n      first: $meetingsFirst\n      filter: { from: $now }\n      orderBy: { field: STARTS_AT, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        startsAt\n        ...MeetingListItem_Meeting\n      }\n    }\n    openActionItems: actionItems(\n      first: $itemsFirst\n      filter: { status: [OPEN] }\n      orderBy: { field: DUE_DATE, direction: ASC }\n    ) {\n      totalCount\n      nodes {\n        id\n        status\n        isOverdue\n        ...ActionItemRow_ActionItem\n      }\n    }\n    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      participants {\n        id\n        ...ParticipantItem_Participant\n      }\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...DecisionItem_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...ActionItemRow_ActionItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!, $listSize: Int!) {\n    viewer {\n      canEdit\n    }\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      sensitivity\n      location\n      agendaItems\n      viewerCanEdit\n      participants {\n        id\n        ...ParticipantItem_Participant\n      }\n      decisions(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...DecisionItem_Decision\n        }\n      }\n      actionItems(first: $listSize) {\n        totalCount\n        nodes {\n          id\n          ...ActionItemRow_ActionItem\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;