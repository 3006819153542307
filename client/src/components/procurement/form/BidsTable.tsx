import { useI18n } from "../../../i18n";
import { newBidKey, usesCriteria, type BidForm } from "../../../lib/procurementForm";
import { TableScroll } from "../../TableScroll";
import { AmountInput, FieldError, a11y, type FormSectionProps } from "./fields";

/** The bids: supplier, price and (with criteria) a score per criterion, in a table that scrolls on phones. */
export function BidsTable({ form, setForm, problems }: FormSectionProps) {
  const { t } = useI18n();
  const withCriteria = usesCriteria(form.model);
  const updateBid = (index: number, values: Partial<BidForm>) =>
    setForm((prev) => ({ ...prev, bids: prev.bids.map((b, i) => (i === index ? { ...b, ...values } : b)) }));
  const updateScore = (index: number, criterionId: string, value: string) =>
    setForm((prev) => ({
      ...prev,
      bids: prev.bids.map((b, i) => (i === index ? { ...b, scores: { ...b.scores, [criterionId]: value } } : b)),
    }));
  const addBid = () =>
    setForm((prev) => ({
      ...prev,
      bids: [
        ...prev.bids,
        {
          key: newBidKey(),
          supplier: "",
          priceSek: "",
          maxScore: prev.bids[0]?.maxScore ?? "5",
          scores: Object.fromEntries(prev.criteria.map((c) => [c.id, ""])),
        },
      ],
    }));
  const removeBid = (index: number) => setForm((prev) => ({ ...prev, bids: prev.bids.filter((_, i) => i !== index) }));

  const bidName = (bid: BidForm, index: number) => bid.supplier.trim() || t("procurement.form.unnamedBid", { n: index + 1 });

  return (
    <fieldset className="form-section">
      <legend>{t("procurement.form.bids")}</legend>
      <p className="field-hint">{t("procurement.form.bidsHint")}</p>
      {form.bids.length === 0 ? (
        <p className="empty">{t("procurement.form.noBids")}</p>
      ) : (
        <TableScroll label={t("procurement.form.bids")}>
          <table className="bids-table" data-testid="bids-table">
            <thead>
              <tr>
                <th scope="col">{t("procurement.form.supplier")}</th>
                <th scope="col">{t("procurement.form.price")}</th>
                {withCriteria
                  ? form.criteria.map((c) => (
                      <th scope="col" key={c.id} className="col-score">
                        {c.name || c.id}
                      </th>
                    ))
                  : null}
                {withCriteria ? (
                  <th scope="col" className="col-score">
                    {t("procurement.form.maxScore")}
                  </th>
                ) : null}
                <th scope="col">
                  <span className="visually-hidden">{t("procurement.form.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {form.bids.map((bid, i) => {
                const label = (field: string) => t("procurement.form.bidLabel", { n: i + 1, field: field.toLowerCase() });
                return (
                  <tr key={bid.key} data-testid="bid-row">
                    <td data-label={t("procurement.form.supplier")} className="col-supplier">
                      <input
                        {...a11y(`bids.${i}.supplier`, problems)}
                        type="text"
                        aria-label={label(t("procurement.form.supplier"))}
                        value={bid.supplier}
                        onChange={(e) => updateBid(i, { supplier: e.target.value })}
                      />
                      <FieldError field={`bids.${i}.supplier`} problems={problems} />
                    </td>
                    <td data-label={t("procurement.form.price")} className="col-price">
                      <AmountInput
                        {...a11y(`bids.${i}.priceSek`, problems)}
                        label={label(t("procurement.form.price"))}
                        value={bid.priceSek}
                        onChange={(v) => updateBid(i, { priceSek: v })}
                      />
                      <FieldError field={`bids.${i}.priceSek`} problems={problems} />
                    </td>
                    {withCriteria
                      ? form.criteria.map((c, j) => {
                          const field = `bids.${i}.scores.${j}.score`;
                          return (
                            <td key={c.id} className="col-score" data-label={c.name || c.id}>
                              <input
                                {...a11y(field, problems)}
                                type="text"
                                inputMode="decimal"
                                className="input-score"
                                aria-label={t("procurement.form.scoreLabel", { n: i + 1, criterion: c.name || c.id })}
                                value={bid.scores[c.id] ?? ""}
                                onChange={(e) => updateScore(i, c.id, e.target.value)}
                              />
                              <FieldError field={field} problems={problems} />
                            </td>
                          );
                        })
                      : null}
                    {withCriteria ? (
                      <td className="col-score" data-label={t("procurement.form.maxScore")}>
                        <input
                          {...a11y(`bids.${i}.maxScore`, problems)}
                          type="text"
                          inputMode="decimal"
                          className="input-score"
                          aria-label={label(t("procurement.form.maxScore"))}
                          value={bid.maxScore}
                          onChange={(e) => updateBid(i, { maxScore: e.target.value })}
                        />
                        <FieldError field={`bids.${i}.maxScore`} problems={problems} />
                      </td>
                    ) : null}
                    <td className="col-action">
                      <button
                        type="button"
                        className="button button-icon"
                        aria-label={t("procurement.form.removeBid", { name: bidName(bid, i) })}
                        title={t("procurement.form.removeBid", { name: bidName(bid, i) })}
                        onClick={() => removeBid(i)}
                      >
                        <span aria-hidden="true">✕</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <button type="button" className="button button-secondary" onClick={addBid}>
        + {t("procurement.form.addBid")}
      </button>
    </fieldset>
  );
}
