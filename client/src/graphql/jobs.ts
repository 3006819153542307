import { graphql } from "../gql";

// Operations of the jobs page (/installningar/jobb). Admins only: the server answers FORBIDDEN to
// everyone else, so the page runs them only once the settings layout has seen `canAdmin`.

export const JobsPageQuery = graphql(`
  query JobsPage {
    jobQueues {
      jobName
      ...JobQueueRow_JobQueueState
    }
  }
`);

/** One page of open dead letters; the list asks for each page it shows (cursors are offsets). */
export const JobsDeadLettersQuery = graphql(`
  query JobsDeadLetters($first: Int!, $after: String) {
    deadLetters(first: $first, after: $after, filter: { status: DEAD }) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        status
        ...DeadLetterItem_DeadLetter
      }
    }
  }
`);

export const ReplayDeadLetterMutation = graphql(`
  mutation ReplayDeadLetter($input: DeadLetterInput!) {
    replayDeadLetter(input: $input) {
      deadLetter {
        id
        status
        resolvedAt
        viewerCanResolve
      }
    }
  }
`);

export const DiscardDeadLetterMutation = graphql(`
  mutation DiscardDeadLetter($input: DeadLetterInput!) {
    discardDeadLetter(input: $input) {
      deadLetter {
        id
        status
        resolvedAt
        viewerCanResolve
      }
    }
  }
`);

/** An event (at most four a second) when the organisation's or the system's queues change: refetch. */
export const JobQueuesChangedSubscription = graphql(`
  subscription JobQueuesChanged {
    jobQueuesChanged {
      at
    }
  }
`);
