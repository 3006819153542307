import { graphql } from "../gql";

// Operations of the procurement simulator page (/upphandling).

/** Everything the result view shows. */
export const ProcurementResultFragment = graphql(`
  fragment ProcurementResult_Result on ProcurementResult {
    regime
    thresholdSek
    directAwardLimitSek
    recommendedProcedures
    rulesVersion
    timeline {
      minTenderDays
      standstillDays
      earliestAwardDate
      earliestContractDate
    }
    ranking {
      rank
      supplier
      comparisonValue
      priceScore
      qualityScore
    }
    sensitivity {
      criteria {
        id
        weightChangeToFlipWinner
      }
      bids {
        supplier
        priceToWinSek
      }
    }
    warnings {
      code
      message
    }
  }
`);

/** A saved scenario, complete enough to fill the form again. */
export const ProcurementScenarioFormFragment = graphql(`
  fragment ProcurementScenario_Form on ProcurementScenario {
    contractType
    authority
    estimatedValueSek
    startDate
    electronicSubmission
    priorInformationNotice
    urgency
    procedure
    similarPurchasesThisYear
    similarPurchasesValueSek
    evaluationDays
    awardDecisionSentElectronically
    evaluation {
      model
      priceWeight
      priceCeilingSek
      priceFloorSek
      criteria {
        id
        name
        weight
        maxAddedValueSek
      }
    }
    bids {
      supplier
      priceSek
      maxScore
      scores {
        criterionId
        score
      }
    }
  }
`);

export const SimulateProcurementQuery = graphql(`
  query SimulateProcurement($input: ProcurementScenarioInput!) {
    simulateProcurement(input: $input) {
      ...ProcurementResult_Result
    }
  }
`);

export const ProcurementScenariosQuery = graphql(`
  query ProcurementScenarios($first: Int!) {
    viewer {
      canEdit
    }
    procurementScenarios(first: $first) {
      totalCount
      nodes {
        id
        name
        updatedAt
        viewerCanEdit
        createdBy {
          id
          name
        }
        scenario {
          contractType
          estimatedValueSek
        }
      }
    }
  }
`);

export const ProcurementScenarioQuery = graphql(`
  query ProcurementScenario($id: ID!) {
    procurementScenario(id: $id) {
      id
      name
      viewerCanEdit
      scenario {
        ...ProcurementScenario_Form
      }
    }
  }
`);

export const CreateProcurementScenarioMutation = graphql(`
  mutation CreateProcurementScenario($input: CreateProcurementScenarioInput!) {
    createProcurementScenario(input: $input) {
      procurementScenario {
        id
        name
        updatedAt
        viewerCanEdit
      }
    }
  }
`);

export const UpdateProcurementScenarioMutation = graphql(`
  mutation UpdateProcurementScenario($input: UpdateProcurementScenarioInput!) {
    updateProcurementScenario(input: $input) {
      procurementScenario {
        id
        name
        updatedAt
        viewerCanEdit
      }
    }
  }
`);

export const DeleteProcurementScenarioMutation = graphql(`
  mutation DeleteProcurementScenario($input: DeleteProcurementScenarioInput!) {
    deleteProcurementScenario(input: $input) {
      deletedProcurementScenarioId
    }
  }
`);

export const CompareProcurementScenariosQuery = graphql(`
  query CompareProcurementScenarios($aId: ID!, $bId: ID!) {
    compareProcurementScenarios(aId: $aId, bId: $bId) {
      a {
        id
        name
        scenario {
          ...ProcurementScenario_Form
        }
      }
      b {
        id
        name
        scenario {
          ...ProcurementScenario_Form
        }
      }
      aResult {
        ...ProcurementResult_Result
      }
      bResult {
        ...ProcurementResult_Result
      }
      differences {
        field
        a
        b
      }
    }
  }
`);
