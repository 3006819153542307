import { graphql } from "../gql";

/** Live updates shared by pages. Graphcache normalises the results into the cache by id. */
export const ActionItemChangedSubscription = graphql(`
  subscription ActionItemChanged {
    actionItemChanged {
      id
      status
      title
      meeting {
        id
      }
      owner {
        id
      }
      ...ActionItemRow_ActionItem
    }
  }
`);

export const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged {
    meetingChanged {
      id
      title
      ...MeetingListItem_Meeting
    }
  }
`);
