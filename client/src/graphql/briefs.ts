import { graphql } from "../gql";

// Briefs (Inför mötet / Efter mötet). A new version, whether someone asked for it or the pre-brief
// job wrote it, arrives over `briefGenerated`; the cache puts it into its meeting's `briefs`
// (see graphql/client.ts), so the lists that show briefs update without fetching again.

/** The meeting page: everything a brief panel shows, body included. */
export const MeetingBriefGeneratedSubscription = graphql(`
  subscription MeetingBriefGenerated {
    briefGenerated {
      id
      kind
      version
      body
      createdAt
      meeting {
        id
      }
    }
  }
`);

/** The dashboard's "Nya underlag": which meeting and which version, never the body. */
export const BriefNoticeSubscription = graphql(`
  subscription BriefNotice {
    briefGenerated {
      id
      kind
      version
      createdAt
      meeting {
        id
        title
        startsAt
      }
    }
  }
`);

export const GeneratePostBriefMutation = graphql(`
  mutation GeneratePostBrief($input: GeneratePostBriefInput!) {
    generatePostBrief(input: $input) {
      brief {
        id
        kind
        version
        body
        createdAt
      }
    }
  }
`);

export const GeneratePreBriefMutation = graphql(`
  mutation GeneratePreBrief($input: GeneratePreBriefInput!) {
    generatePreBrief(input: $input) {
      brief {
        id
        kind
        version
        body
        createdAt
      }
    }
  }
`);
