/** @jest-environment node */
import { countStatusOf } from "@/lib/transfers/count-status";

describe(countStatusOf, () => {
  it("countStatusOf is reported when every transfer gives a count, partial when some do, notReported when none does", () => {
    expect([countStatusOf([29, 0]), countStatusOf([29, null]), countStatusOf([null, null])]).toEqual(["reported", "partial", "notReported"]);
  });
});
