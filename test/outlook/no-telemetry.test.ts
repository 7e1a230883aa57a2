// If anything here loaded Microsoft's usage-data (telemetry) package, that require would throw.
jest.mock("office-addin-usage-data", () => {
  throw new Error("office-addin-usage-data was loaded");
});

import { networkAttempts } from "./no-network";
import { officeMock, settle } from "./office-mock";
import { readDraft } from "../../src/outlook/read-draft";

describe("office-addin-mock sends no usage data", () => {
  it("drives the adapter without a single network attempt", async () => {
    const { host } = officeMock({ from: "Jane Bennett <clerk@leighonseatowncouncil.gov.uk>" });
    await readDraft(host());
    await settle();
    expect(networkAttempts).toEqual([]);
  });

  it("never loads Microsoft's usage-data package (office-addin-manifest is reduced to its OfficeApp enum)", () => {
    // The mock above throws on load; office-addin-mock is in use in this file, so it was not loaded.
    expect(() => officeMock({})).not.toThrow();
    expect(() => jest.requireMock("office-addin-usage-data")).toThrow("office-addin-usage-data was loaded");
  });

  it("the installed usage-data package would report nothing anyway (its reporting is removed)", () => {
    const { OfficeAddinUsageData } = jest.requireActual("office-addin-usage-data") as { OfficeAddinUsageData: new (o: object) => { isUsageDataOn(): boolean } };
    expect(new OfficeAddinUsageData({ projectName: "test", raisePrompt: false }).isUsageDataOn()).toBe(false);
    expect(networkAttempts).toEqual([]);
  });
});
