import { graphql } from "../../gql";

/**
 * What a mutation that starts an extraction run asks back: the run and the meeting's transcript
 * panel, so the cache (and the panel) update at once. Spread by name in the mutations' documents
 * (codegen inlines it), so nothing needs to import this.
 */
export const RunPayloadFragment = graphql(`
  fragment RunPayload_ExtractionRun on ExtractionRun {
    id
    ...RunStatus_ExtractionRun
    meeting {
      id
      ...TranscriptPanel_Meeting
    }
  }
`);
