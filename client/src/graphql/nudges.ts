import { graphql } from "../gql";

// Operations of nudges ("Aviseringar"): the header's count, the /aviseringar list, the dashboard
// panel, the answers to a nudge and the live feed. A nudge is always the signed-in user's own.

/** The header's badge: only the count is read (one row at most is fetched). */
export const NudgeUnreadCountQuery = graphql(`
  query NudgeUnreadCount {
    nudges(first: 1, filter: { unread: true }) {
      totalCount
    }
  }
`);

/** One page of the /aviseringar list (cursors are offsets: every shown page is fetched again on a change). */
export const NudgesPageQuery = graphql(`
  query NudgesPage($first: Int!, $after: String, $filter: NudgeFilter) {
    nudges(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...NudgeItem_Nudge
      }
    }
  }
`);

/** The dashboard's "Dina påminnelser": the newest unread nudges. */
export const DashboardNudgesQuery = graphql(`
  query DashboardNudges($first: Int!) {
    nudges(first: $first, filter: { unread: true }) {
      totalCount
      nodes {
        id
        ...NudgeItem_Nudge
      }
    }
  }
`);

/** The nudge an e-mail or chat link points at (/aviseringar?nudge=<id>), wherever it is in the list. */
export const LinkedNudgeQuery = graphql(`
  query LinkedNudge($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Nudge {
        ...NudgeItem_Nudge
      }
    }
  }
`);

/**
 * Every change to the user's nudges (created, read, answered). The payload is null after "mark
 * all read": the receivers fetch what they show again on every event anyway.
 */
export const NudgesChangedSubscription = graphql(`
  subscription NudgesChanged {
    nudges {
      id
      readAt
      answeredAt
    }
  }
`);

export const MarkNudgeReadMutation = graphql(`
  mutation MarkNudgeRead($input: NudgeIdInput!) {
    markNudgeRead(input: $input) {
      nudge {
        id
        readAt
      }
    }
  }
`);

export const MarkAllNudgesReadMutation = graphql(`
  mutation MarkAllNudgesRead {
    markAllNudgesRead {
      marked
    }
  }
`);

export const CompleteNudgeMutation = graphql(`
  mutation CompleteNudge($input: NudgeIdInput!) {
    completeNudge(input: $input) {
      nudge {
        id
        ...NudgeItem_Nudge
      }
      actionItem {
        id
        status
        completedAt
      }
    }
  }
`);

export const SnoozeNudgeMutation = graphql(`
  mutation SnoozeNudge($input: SnoozeNudgeInput!) {
    snoozeNudge(input: $input) {
      nudge {
        id
        ...NudgeItem_Nudge
      }
    }
  }
`);

export const BlockNudgeMutation = graphql(`
  mutation BlockNudge($input: BlockNudgeInput!) {
    blockNudge(input: $input) {
      nudge {
        id
        ...NudgeItem_Nudge
      }
    }
  }
`);

export const ReassignNudgeMutation = graphql(`
  mutation ReassignNudge($input: ReassignNudgeInput!) {
    reassignNudge(input: $input) {
      nudge {
        id
        ...NudgeItem_Nudge
      }
      actionItem {
        id
        ownerName
        owner {
          id
          name
        }
      }
    }
  }
`);

export const UnblockActionItemMutation = graphql(`
  mutation UnblockActionItem($input: UnblockActionItemInput!) {
    unblockActionItem(input: $input) {
      actionItem {
        id
        blocked {
          reason
          blockedAt
        }
      }
    }
  }
`);

/** Who may take over an item: the organisation's active users, by name (any role may ask). */
export const NudgeAssignableUsersQuery = graphql(`
  query NudgeAssignableUsers {
    assignableUsers {
      id
      name
    }
  }
`);

/** Who "I" am, for "(du)" in the owner picker. */
export const NudgeViewerQuery = graphql(`
  query NudgeViewer {
    viewer {
      user {
        id
      }
    }
  }
`);
