import { graphql } from "../gql";

// Operations of Omvärldsbevakning (regwatch): the feed, an alert with its diff and the triage
// answers, the dashboard's HIGH panel, the live feed, and the admins' topics and sources. The
// fragments live with the components that read them (components/regwatch/).

/** Who may triage (editors) and manage the watch (admins). */
export const RegwatchViewerQuery = graphql(`
  query RegwatchViewer {
    viewer {
      canAdmin
      canEdit
    }
  }
`);

/** One page of the feed (cursors are offsets: every shown page is fetched again on a change). */
export const RegwatchAlertsPageQuery = graphql(`
  query RegwatchAlertsPage($first: Int!, $after: String, $filter: RegwatchAlertFilter) {
    regwatchAlerts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...RegwatchAlertCard_RegwatchAlert
      }
    }
  }
`);

/** The dashboard's "viktiga ändringar": HIGH alerts nobody has looked at yet. */
export const DashboardRegwatchQuery = graphql(`
  query DashboardRegwatch($first: Int!) {
    regwatchAlerts(first: $first, filter: { severity: [HIGH], state: [NEW] }) {
      totalCount
      nodes {
        id
        title
        identifier
        changeType
        inForceOn
        publishedOn
        createdAt
        severity
        state
        item {
          id
          identifierKind
        }
      }
    }
  }
`);

/** An alert by its global id (/omvarldsbevakning/<id>, also linked from pre-briefs). */
export const RegwatchAlertQuery = graphql(`
  query RegwatchAlert($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on RegwatchAlert {
        ...RegwatchAlertDetail_RegwatchAlert
      }
    }
  }
`);

/**
 * New alerts of the organisation as they are made, and alerts someone triaged. The receivers
 * fetch what they show again; the payload says whether the alert is new to them.
 */
export const RegwatchAlertsSubscription = graphql(`
  subscription RegwatchAlerts($filter: RegwatchAlertSubscriptionFilter) {
    regwatchAlerts(filter: $filter) {
      id
      title
      severity
      state
      triagedAt
      matchedTopics {
        id
        name
      }
    }
  }
`);

export const AcknowledgeRegwatchAlertMutation = graphql(`
  mutation AcknowledgeRegwatchAlert($input: RegwatchAlertIdInput!) {
    acknowledgeRegwatchAlert(input: $input) {
      alert {
        id
        ...RegwatchAlertTriageState_RegwatchAlert
      }
    }
  }
`);

export const DismissRegwatchAlertMutation = graphql(`
  mutation DismissRegwatchAlert($input: DismissRegwatchAlertInput!) {
    dismissRegwatchAlert(input: $input) {
      alert {
        id
        ...RegwatchAlertTriageState_RegwatchAlert
      }
    }
  }
`);

export const AssignRegwatchAlertMutation = graphql(`
  mutation AssignRegwatchAlert($input: AssignRegwatchAlertInput!) {
    assignRegwatchAlert(input: $input) {
      alert {
        id
        ...RegwatchAlertTriageState_RegwatchAlert
      }
    }
  }
`);

/** Who an alert can be given to: the organisation's active users. */
export const RegwatchAssignableUsersQuery = graphql(`
  query RegwatchAssignableUsers {
    assignableUsers {
      id
      name
    }
  }
`);

/** The watch topics: the feed's topic filter (everyone) and the settings (admins). */
export const RegwatchTopicsQuery = graphql(`
  query RegwatchTopics {
    regwatchTopics {
      id
      ...RegwatchTopicItem_RegwatchTopic
    }
  }
`);

export const CreateRegwatchTopicMutation = graphql(`
  mutation CreateRegwatchTopic($input: CreateRegwatchTopicInput!) {
    createRegwatchTopic(input: $input) {
      topic {
        id
        ...RegwatchTopicItem_RegwatchTopic
      }
    }
  }
`);

export const UpdateRegwatchTopicMutation = graphql(`
  mutation UpdateRegwatchTopic($input: UpdateRegwatchTopicInput!) {
    updateRegwatchTopic(input: $input) {
      topic {
        id
        ...RegwatchTopicItem_RegwatchTopic
      }
    }
  }
`);

export const DeleteRegwatchTopicMutation = graphql(`
  mutation DeleteRegwatchTopic($input: RegwatchTopicIdInput!) {
    deleteRegwatchTopic(input: $input) {
      deletedTopicId
    }
  }
`);

/** The sources (admins): the system-wide ones (read-only) and the organisation's own. */
export const RegwatchSourcesQuery = graphql(`
  query RegwatchSources {
    regwatchSources {
      id
      ...RegwatchSourceItem_RegwatchSource
    }
  }
`);

export const CreateRegwatchSourceMutation = graphql(`
  mutation CreateRegwatchSource($input: CreateRegwatchSourceInput!) {
    createRegwatchSource(input: $input) {
      source {
        id
        ...RegwatchSourceItem_RegwatchSource
      }
    }
  }
`);

export const UpdateRegwatchSourceMutation = graphql(`
  mutation UpdateRegwatchSource($input: UpdateRegwatchSourceInput!) {
    updateRegwatchSource(input: $input) {
      source {
        id
        ...RegwatchSourceItem_RegwatchSource
      }
    }
  }
`);

export const DeleteRegwatchSourceMutation = graphql(`
  mutation DeleteRegwatchSource($input: RegwatchSourceIdInput!) {
    deleteRegwatchSource(input: $input) {
      deletedSourceId
    }
  }
`);

export const PollRegwatchSourceMutation = graphql(`
  mutation PollRegwatchSource($input: RegwatchSourceIdInput!) {
    pollRegwatchSource(input: $input) {
      status
      errorCode
      newItems
      newVersions
      alerts
      source {
        id
        ...RegwatchSourceItem_RegwatchSource
      }
    }
  }
`);
