/**
 * Addressees (src/align/addressees.ts): the keyword line is part of an operative item's meaning, so a
 * Resolution 140 item links a group as "already said" only when its addressee covers the members'.
 */
import { describe, expect, it } from "vitest";
import { addresseeOf, missingParties, narrowerNote } from "../../src/align/addressees.js";
import { alignSectors } from "../../src/align/index.js";
import type { CommonGroup } from "../../src/model.js";
import { sectors } from "../helpers/sectors.js";

describe("addresseeOf", () => {
  it("reads the parties, known ones by their family, and leaves the tail out", () => {
    expect(addresseeOf("invites Member States and Sector Members").parties.map((p) => p.id)).toEqual([
      "member-states",
      "sector-members",
    ]);
    expect(
      addresseeOf(
        "instructs the Director of the Telecommunication Standardization Bureau, in collaboration with the Directors of the other two Bureaux",
      ),
    ).toEqual({
      text: "the Director of the Telecommunication Standardization Bureau",
      parties: [{ id: "director", text: "the Director of the Telecommunication Standardization Bureau" }],
      tail: "in collaboration with the Directors of the other two Bureaux",
    });
    expect(addresseeOf("resolves").parties).toEqual([]);
    expect(
      addresseeOf("invites Member States, Sector Members and academia").parties.map((p) => p.id),
    ).toEqual(["member-states", "sector-members", "academia"]);
  });

  it("says what a narrower addressee leaves out", () => {
    const pp = addresseeOf("invites Member States");
    const missing = missingParties(pp, addresseeOf("invites Member States and Sector Members"));
    expect(missing.map((p) => p.text)).toEqual(["Sector Members"]);
    expect(narrowerNote("invites Member States", pp, missing)).toBe(
      "Resolution 140 invites Member States only; the Sectors also invite Sector Members",
    );
    expect(narrowerNote("invites Member States", pp, missing, ["ITU-T"])).toBe(
      "Resolution 140 invites Member States only; ITU-T also invites Sector Members",
    );
    expect(
      missingParties(
        addresseeOf("instructs the Directors of the three Bureaux"),
        addresseeOf("instructs the Director of the Radiocommunication Bureau"),
      ),
    ).toEqual([]);
  });
});

describe("links and addressees", () => {
  const text = "to take part in the WSIS Forum and to share their experience";
  const wide = "invites Member States and Sector Members|invites-member-states";
  const narrow = "invites Member States|invites-member-states";

  it("a Resolution 140 item for fewer parties is a narrower link, never 'already there'", () => {
    const result = alignSectors(
      sectors({
        pp: [[narrow, [text]]],
        "ITU-R": [[wide, [text]]],
        "ITU-T": [[wide, [text]]],
        "ITU-D": [[wide, [text]]],
      }),
    );
    const [group] = result.common as [CommonGroup];
    expect(group.kind).toBe("identical");
    expect(group.pp?.keyword).toBe("invites Member States");
    expect(group.ppCoverage).toBe("narrower");
    expect(group.ppMissing).toEqual(["Sector Members"]);
    expect(group.ppNote).toBe(
      "Resolution 140 invites Member States only; the Sectors also invite Sector Members",
    );
  });

  it("a Resolution 140 item for the same or more parties is a full link", () => {
    const result = alignSectors(
      sectors({
        pp: [[wide, [text]]],
        "ITU-R": [[narrow, [text]]],
        "ITU-T": [[narrow, [text]]],
        "ITU-D": [[narrow, [text]]],
      }),
    );
    expect(result.common[0]?.ppCoverage).toBe("full");
    expect(result.common[0]?.ppNote).toBeNull();
  });

  it("Sectors addressing different parties form a substantive variant, with the addressee as a difference", () => {
    const result = alignSectors(
      sectors({ "ITU-R": [[narrow, [text]]], "ITU-T": [[wide, [text]]], "ITU-D": [[narrow, [text]]] }),
    );
    const [group] = result.common as [CommonGroup];
    expect(group.kind).toBe("variant");
    expect(group.variantClass).toBe("substantive");
    expect(group.differences).toEqual([
      expect.objectContaining({
        in: "addressee",
        class: "substantive",
        category: "addressee",
        readings: {
          "ITU-R": "Member States",
          "ITU-T": "Member States and Sector Members",
          "ITU-D": "Member States",
        },
      }),
    ]);
  });
});

describe("tails", () => {
  it("members with and without the tail differ in their addressee; a group keeps one placement", () => {
    const text = "to prepare a joint report on WSIS for each Council session";
    const tailed =
      "instructs the Director of the Bureau, in collaboration with the Directors of the other two Bureaux|instructs-director";
    const plain = "instructs the Director of the Bureau|instructs-director";
    const result = alignSectors(
      sectors({
        "ITU-R": [
          [plain, [text]],
          [tailed, [text]],
        ],
        "ITU-T": [
          [tailed, [text]],
          [plain, [text]],
        ],
        "ITU-D": [
          [plain, [text]],
          [tailed, [text]],
        ],
      }),
    );
    expect(result.common).toHaveLength(2);
    for (const g of result.common) {
      expect(new Set(g.members.map((m) => m.keyword)).size).toBe(1);
      expect(g.kind).toBe("identical");
    }
  });
});
