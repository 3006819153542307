import { graphql } from "../gql";

/** The meetings page: one page of meetings by the filters in the address, newest first for past ones. */
export const MeetingsPageQuery = graphql(`
  query MeetingsPage($first: Int!, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrder) {
    viewer {
      canEdit
    }
    meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...MeetingListItem_Meeting
      }
    }
  }
`);

/** Who can take part: the organisation's stakeholders and its active users (by name). */
export const ParticipantCandidatesQuery = graphql(`
  query ParticipantCandidates {
    stakeholders(first: 100) {
      totalCount
      nodes {
        id
        name
        organization
      }
    }
    assignableUsers {
      id
      name
    }
  }
`);

/** Active users who can own an action item (every role may read them). */
export const OwnerCandidatesQuery = graphql(`
  query OwnerCandidates {
    assignableUsers {
      id
      name
    }
  }
`);

export const MeetingFormFieldsFragment = graphql(`
  fragment MeetingForm_Meeting on Meeting {
    id
    title
    startsAt
    endsAt
    location
    agendaItems
    sensitivity
    status
    viewerCanEdit
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      meeting {
        id
        ...MeetingForm_Meeting
        ...MeetingListItem_Meeting
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting {
        id
        ...MeetingForm_Meeting
        ...MeetingListItem_Meeting
      }
    }
  }
`);

export const AddParticipantMutation = graphql(`
  mutation AddParticipant($input: AddParticipantInput!) {
    addParticipant(input: $input) {
      participant {
        id
        consent
        stakeholder {
          id
          name
        }
      }
    }
  }
`);

export const RemoveParticipantMutation = graphql(`
  mutation RemoveParticipant($input: RemoveParticipantInput!) {
    removeParticipant(input: $input) {
      removedParticipantId
    }
  }
`);

export const CreateDecisionMutation = graphql(`
  mutation CreateDecision($input: CreateDecisionInput!) {
    createDecision(input: $input) {
      decision {
        id
        ...DecisionItem_Decision
      }
    }
  }
`);

export const UpdateDecisionMutation = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      decision {
        id
        ...DecisionItem_Decision
      }
    }
  }
`);

export const CreateActionItemMutation = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      actionItem {
        id
        ...ActionItemRow_ActionItem
      }
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      actionItem {
        id
        ...ActionItemRow_ActionItem
      }
    }
  }
`);

export const AssignActionItemMutation = graphql(`
  mutation AssignActionItem($input: AssignActionItemInput!) {
    assignActionItem(input: $input) {
      actionItem {
        id
        ...ActionItemRow_ActionItem
      }
    }
  }
`);

export const CancelActionItemMutation = graphql(`
  mutation CancelActionItem($input: CancelActionItemInput!) {
    cancelActionItem(input: $input) {
      actionItem {
        id
        ...ActionItemRow_ActionItem
      }
    }
  }
`);
