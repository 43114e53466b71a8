"""The hand-written evaluation sets are well-formed, and held-out sets 2 to 14 stay frozen (see tests/data/README.md)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from t2sa.params import MOTIONS
from t2sa.text.evaluate import load_rows, row_truth

DATA = Path(__file__).parent / "data"
FROZEN = {  # changing a frozen set is a decision: say why in the commit and report numbers on both versions
    "heldout2_en.jsonl": "5e9e8cef8f139d586e31c77dca777a8fbdd24a1b8ba66926d11149fe61bef04c",
    "heldout2_ko.jsonl": "a957d9c97bfb57bd377852ae0011c6e99ee039444650e24dd452c4727542ab6e",
    "heldout3_en.jsonl": "14a2256eb61fe701b243ce1b25bc81a029c9cf61fd9301dce9d96536dc7de6e4",
    "heldout3_ko.jsonl": "8f7dbdd6cfee8dcb338294be85a2a86c9a7c3acade289b73b65eb39f5cf59e2d",
    "heldout4_en.jsonl": "84e629921df3426dc3aa9729d22e29c2ba1e87534d785852c77a9123becae3e1",
    "heldout4_ko.jsonl": "bc0d7108b25f52a0e3b68cfc422ad62653cdc03bf511ae947c9f8f4063f07ff9",
    "heldout5_en.jsonl": "5337139eeade92f5edd16619b5b6bb8d13fb68d4a99945fa81cd6e7391003b1f",
    "heldout5_ko.jsonl": "e1b4bb53ee7e5dee9d1568b2f8c96d0d79598decc31c76098c27090d1e716540",
    "heldout6_en.jsonl": "86df2992e6acc48c622f07728c4babb9939a7e49cdf9c99af29470ffe0d07e5f",
    "heldout6_ko.jsonl": "25722e79c9ca0ba0fcfcc2ca361f11ff97daf2653bf2ff090c0e8d8843cf8207",
    "heldout7_en.jsonl": "9c24c116e5b5896dabc4259f02d4e8135bee700ad59bea58402bb13c86ae9f95",
    "heldout7_ko.jsonl": "2681dd8040ace317f270e42732c3da8d7c7223b0eeab1415bf14f3ba4a4890cd",
    "heldout8_en.jsonl": "b34854ef74f256fdd8d7c6338d36bab24c1997b6c11c22f7b18122da8f0f571e",
    "heldout8_ko.jsonl": "14ed9b45c0b32a58139edb07318d57c3d01b20156cbdb94f15fdea678576e343",
    "heldout9_en.jsonl": "e5a6c1178b2ecf26975f8f096d2f277b07126cba104c497d109b559fc58927a7",
    "heldout9_ko.jsonl": "a9ecdaa08e735690a8279eb8f10b7bfa40a92d9ebbd7f580f2aea6750508358e",
    "heldout10_en.jsonl": "f82c2e1fae8f5944b52e815ca73aa0342a07491a8ab0408cb8ddcd1f98a6bb1b",
    "heldout10_ko.jsonl": "3a84885fa3411ada3b3423f9f29734ed39a5f3db86d7e88280bb35b9a8f11b3f",
    "heldout11_en.jsonl": "ac28e08e64e006ef011046bb73b8bfc187a778f352f1dc969aba192962c4bb65",
    "heldout11_ko.jsonl": "568bf0fb939e5b62a36121a380c4613af8a37c6ae1e6a64f6784f306b42b0ebf",
    "heldout12_en.jsonl": "f95a7a5a69a2565f9bea1f5f26c85713ce044de99ccaf228ee7f529c00b84527",
    "heldout12_ko.jsonl": "518c05ae016757f46455643529106764e31b18e39749fd1c7bf5392560bb00e5",
    "heldout13_en.jsonl": "7c31f852c4388d6ee58679f2a50b20feb9e1cae93c8a844e3895793bf01c0689",
    "heldout13_ko.jsonl": "5698819206459d805e6f7208ae2c216fe22ba5a575fbafd67f95c37b2086d806",
    "heldout14_en.jsonl": "294caec96d05dc992d60dfa083c95dcd037cf012977d05617946d2b96c25b419",
    "heldout14_ko.jsonl": "297bd9c70c7351974d15014b44f07d53528835b3176920a7ceeb0a6441ea57e4",
    "heldout15_en.jsonl": "0f9d8584551f4d378e72ba6c1c28bd75fd0a33e843510e1d51d04ff42a05255c",
    "heldout15_ko.jsonl": "3020dcd24efd4d32a51d36a64f2e7752691fbc5d46ede4e8005783268ee518ac",
    "heldout16_en.jsonl": "e5d399c54dabc87c3eea85ad1bf84e225b75d71bb22b6a45780a703d40b6101a",
    "heldout16_ko.jsonl": "f370231487cb5e2b67099f7735ccfa54d7b1d3beed3628f0c629a79cbb7fe3a0",
    "heldout17_en.jsonl": "0343a90040faa836027332f7ce0a0737aff4239bf535d35b093c40a594e29766",
    "heldout17_ko.jsonl": "ee3c311c8c3193246e73d58f05cb18a2c1fe8744d4e0a6717fb498ed32d7e771",
    "heldout18_en.jsonl": "9d6ed39e0cf40cfb9c8195a1efe417ec27bf6b597cab59b95365135864bbcfe2",
    "heldout18_ko.jsonl": "836147b583d09eaed9988ee019442dfddd8232f986a77e19ce9576b51a6c94eb",
    "heldout19_en.jsonl": "172d46355494c55f8442507a1ec6da77b3574edaad47308a4b1bd3bcb80e54f4",
    "heldout19_ko.jsonl": "fa3dd5f9f46cbccf149ecebe4d065207c6da1965c45cc5b8df22617c6aa535b9",
    "heldout20_en.jsonl": "3173ff5fd1ed0815a4cf14b41ee08287b352605aaa54c068847c3198313dacfb",
    "heldout20_ko.jsonl": "9098fa4519f0492caa65ee095e5b663faeed29e7dc68000152a1f67cbdc3b738",
    "heldout21_en.jsonl": "202e1826a8464efa5dc0a1a8dc4dd3dd0b757c2cf289c8e3549c6ba47f5ffc55",  # (after 25f135d's format fix)
    "heldout21_ko.jsonl": "52f5f4cdcadfe77e36ac1e9d170a70f1a12c38c08e32cef2cd531fac7ecc06bf",
    "heldout22_en.jsonl": "9f29e53fc7faa8037203e9cc0db8e3e25290fc219c1a205236545adb2ea7d8ee",
    "heldout22_ko.jsonl": "66810c75535854b7a0893e2034e142408081a9404fc3557fb6cf8f5d0ef18f6e",
    "heldout23_en.jsonl": "653b37aa9927941a6ab1cef2d82dda173ade945f0da88ea56d28275967d155dc",
    "heldout23_ko.jsonl": "81adf8d1bc1e53f2e919863032e61fc8af7e61a879faf1c78963a55c2dee4b95",
    "heldout24_en.jsonl": "ed98141c788e5b76b85a85d1fa136c1401e3bddf4d2abc523e49f5a7f27ad40d",
    "heldout24_ko.jsonl": "1f9150ba225c5d8b62b4cd0a719d7fe5dd487f473d48a0359560a04251b111e6",
    "heldout25_en.jsonl": "a4684eb02c20e3a21aeacb4a8361de83c4db7a235b2d5ae8e7ba9bc80f483ede",
    "heldout25_ko.jsonl": "d96d03ebb05da2bdd06d9dc4bb969bf06ec338dbfb8d717c9e63e54fb37df6de",
    "heldout26_en.jsonl": "9a30ab49fd3a30ca9400d1dafebd75df2530e3db38fc8be0331a7ed65d195b27",
    "heldout26_ko.jsonl": "757a4c4afc0652822deb2f809f8ba10ef187e891b1b94d17ea2fdcc4cc4c5ec1",
    "heldout27_en.jsonl": "fe859c6a64743c21467c59bdd4284a70c3fbaa0c9daaf965dbd0773b22bab558",
    "heldout27_ko.jsonl": "0d3c931fa5b5af3a7468d072d7822179b7e5eb52a939c14cb764a91405a98262",
    "heldout28_en.jsonl": "51012db72269b23c29cef44165cf13ccc9353804e4a002acb80b2c26f8e53ecd",
    "heldout28_ko.jsonl": "25a9f0a3272fbebe80e7655ddaf714c40288c6396ce6ff1a0edc3a83d39491db",
    "heldout29_en.jsonl": "48bafb5bdeeb748b02f423f32191012c68ef9aa824d9d0efa95c0ac3c8ff18c1",
    "heldout29_ko.jsonl": "edfc10f0260c59afaf4c9d2c32a03b2fcc7a75f37ee06d0460815a8c08c8035b",
    "heldout30_en.jsonl": "ad59ff32711b6323f64ccbbd76ca0119c756702b4a85b1fa93b2e58a8d3b17a7",
    "heldout30_ko.jsonl": "8cf35a1bde1fc2839f55bbada70a96b5d9deb41e6fe0e69362657355d8a7c1c3",
    "heldout31_en.jsonl": "ddb402f47b19f19377221db06fb323ddb87186ad44433e367c85ce181e2e8787",
    "heldout31_ko.jsonl": "70fe840201cf2a5e866052518faabc8d7ee10e57155eeb7440c075a003942193",
    "heldout32_en.jsonl": "581d0ee2b76e79a5aa471799150f1095972cd902708d33675f27d48e0dd3f06d",
    "heldout32_ko.jsonl": "de823739b1e56eb2e3ad0eec913ae7fcd10f71b50c27b5482129b27cd2ad88f4",
    "heldout33_en.jsonl": "733490ca1a4d6eeb01d34ddbe3e9212257465cfcc2ca3b9a1039c81d3db6bbcf",
    "heldout33_ko.jsonl": "f290aa07ff00c160ef71df9c3baaff8c556b982fa180ca1beef2ae6c9737b60e",
    "heldout34_en.jsonl": "1b88e2d75daf04619a6c42acde1347410698066ae69f9ed47a26e66e9bab154f",
    "heldout34_ko.jsonl": "6f1e8eafc333bbe36d0f3ab2d1f6670dc42df5c9ea41e01ea5a09e418706990c",
    "heldout35_en.jsonl": "3a3faab4f7347a40cb9e0ea3d73541a3d1d92de3e597ecdbeeadd1f1ca675731",
    "heldout35_ko.jsonl": "f224f89b1c2b98fba20d7aa083545b9cf2af1dfc3176e9a4ce0f75315d9521fc",
    "heldout36_en.jsonl": "ac01695facd294de9aa293238aa045aa58fc9e21d45c7b9bcb0d0a05f0d78909",
    "heldout36_ko.jsonl": "9fea7915038d2fc7c3d1eae40d5ad2adffa0d3522d8be3fed42f9fc0d6489094",
    "heldout37_en.jsonl": "6e745b0a56981f1e15d5c1db5f29bea1372c5e78dabbdf2b3a749a00739a4b59",
    "heldout37_ko.jsonl": "616bae287dc686286b91f60fbe16d4533d778dea01e8d6cbf0cca4deb20e117d",
    "heldout38_en.jsonl": "300e2cc4f66b532f67bf6bc376cfba70ceb5379828f6c8b4885ba49d278d73d9",
    "heldout38_ko.jsonl": "2438e503fb2eb965e9f0ab089cc4abf64ba30836c4722ab08bcb3c27f999f701",
    "heldout39_en.jsonl": "ef368f903ebfe1aef51df08eba0d771b4b213454a066b627a2670b8b4395953f",
    "heldout39_ko.jsonl": "2ad39ebdb35797659094b2c7f905a198343687fa1d79c6241543b5c6b25a7cfc",
    "heldout40_en.jsonl": "054a7b16196828a997c3dc6e656d438083bb679fabb7b69b53fc1d08dd6b3841",
    "heldout40_ko.jsonl": "ddce8e195eaba6e3b45e7f587cf73974097c1e7f8d73c394d296c969d525f6e8",
    "heldout41_en.jsonl": "6f17883f1e4425e902f7228a8c459f9cad348e53af005e0ec14b3d45b33cee45",
    "heldout41_ko.jsonl": "747d144c3f9ca9b3c017e026f21f5beac4a6b7ad7fd4bba321670f962206b75d",
    "heldout42_en.jsonl": "b690487f2baef5097a29b7ae9ac588110fc43a6c5cddd97a13b537dd23577637",
    "heldout42_ko.jsonl": "36760a735af714ec944ff696394d3171fb1afef580c508e11b74d9f5f94ccd7e",
    "heldout43_en.jsonl": "59dcd21d55e17952107131593105d45a602d5208ed656b42a7ade05128f5e357",
    "heldout43_ko.jsonl": "8b904d0824ec43f719acd83b6032b577bac5fe9019fef7ca633dec66eafe0e9a",
    "heldout44_en.jsonl": "98538b6d45ec8ad0f2972be721b2e2e5ae52b09a383e7894a76d825db464a10b",
    "heldout44_ko.jsonl": "c2bf63a023e96b2219b0f7dd1da5be6ba7594cffb7c6d2c607bc00366404bd16",
    "heldout45_en.jsonl": "2ce7df7b9a0d4da369733881562f22a2356bdf9d083040c8d402efdd3d842b64",
    "heldout45_ko.jsonl": "32a07d6427f0ee37eb7d730f15b2befab16a7691229c3279f353b5f835387c84",
    "heldout46_en.jsonl": "07680e82c55af53bab41cf82002dcce606075fe682065f05b7d4b08ed4c2d6a1",
    "heldout46_ko.jsonl": "b1e300ccd9654f63738607b8933fc74d5d7d77a49d6c270dfda017e0b468f9d2",
    "heldout47_en.jsonl": "c17701812253463044a8efb82d14dc1c5e2330f21f63f2990d7b92b1afa6903b",
    "heldout47_ko.jsonl": "875cb01131742637944c6811e554701150f61a5ab156a4d7d3e70304d25d3db9",
    "heldout48_en.jsonl": "652a548eb7217bc228c241bccf25876067fe37a5181d20f10d01ccac185871ed",
    "heldout48_ko.jsonl": "b3a2504b941d7b481b4fea139c4d62d02cce2b52335c90fa3cf74da9b3b56816",
    "heldout49_en.jsonl": "c4efd34d13ba9a7f7a5b3ef48b6d1ca2044370bf07368794802f313c02ff6505",
    "heldout49_ko.jsonl": "b1bd134b96a8f32540c83a961b48855418afe07476e48c55fa75a6adf85b069a",
    "heldout50_en.jsonl": "392e4c72fdaa19eb0d1d7153c9859ad5c11b1230812859fdaaf674c0a7f5e06d",
    "heldout50_ko.jsonl": "fa9c6cba932e04df12d067737a59964499c02348fe0806d40d59766d62b0167a",
    "heldout51_en.jsonl": "4cd6c98f8be82c1f6d1f7354eb7e0d39393c798988aeb2d604b0f6c90a6fef9c",
    "heldout51_ko.jsonl": "395273a982c7b22e29cd448d4829e0a0801a0856ec70f3afe17ca3c95613dee3",
    "heldout52_en.jsonl": "21e721d9a334f3e2bc716d1a1788c8a1ee3e58a32f368be0dbc9100b7069eb83",
    "heldout52_ko.jsonl": "2d71b5b3ab21e2e5e914e501bdfe088c44d986bb33a2c1aca4a2a2e015629dc1",
    "heldout53_en.jsonl": "f9d51817552e1d7c9cff16978c60b15e6eae0d156ab4f8c1762fa4e4311dbea0",
    "heldout53_ko.jsonl": "ac6029312a29b9ffe3979fde5f5f004ba24773b6f015a84f2ced6bf3ee2af821",
    "heldout54_en.jsonl": "5a676cdb4a8912906987e7bf8b35a9c591f35cf7815d62a89fe31c3a03965164",
    "heldout54_ko.jsonl": "a8c17ea00133506196a34fb7f7b98510d02788bddf1b9fd05c5667f21232a0d2",
    "heldout55_en.jsonl": "ad7cfb4849292c5de3b93bc0a1031ceb1007c6deb0385fe9bce27e41dc2c931b",
    "heldout55_ko.jsonl": "e2472957431fed4fab728f8211c7e86096e17e85182cbee89e9f9a9ce9912573",
    "heldout56_en.jsonl": "a566afc3d55276e0415a0cd0f388bd03e824a4c87e8a74f2206a7d374d6fa579",
    "heldout56_ko.jsonl": "d0e136808203de5a1225eb55739e8949ac9125ba9d9ef0a2d0b6aa2fd1617788",
    "heldout57_en.jsonl": "55722c968f2e01158ac8d1d70d9dd09c685b54fe249af4aa5182f29e15bb7f88",
    "heldout57_ko.jsonl": "9a67e0b6e7d44855675b28999250907d0c8f7b01dbda5c2a57567f6078f16d69",
    "heldout58_en.jsonl": "393cb6f1bff90984d607ca4cd64bae9e06bd33e75757e387761bf7ab65e003f4",
    "heldout58_ko.jsonl": "a093ee515438ddbe47af58c20a31175c4f133b483fb2f21959b2386a91eff088",
    "heldout59_en.jsonl": "1e0f1b9c0dde7a1cc48fb9e46b5e9a30c6de5f4ef47ecada4574d1091627e47d",
    "heldout59_ko.jsonl": "c70bdf68e1fbed2314a5dbfc029cdec03af2289927c8765534806d3a8e9668cc",
    "heldout60_en.jsonl": "1a6290e4c43380b96a81b1245b1405e96846675995bf73e9ade8353300c3139e",
    "heldout60_ko.jsonl": "3346f5f85849799113935ba5801ffbceba1cfd6fab590896ec50cd361b0c803e",
    "heldout61_en.jsonl": "caf11f7ffe25b25ef9c729284bf6e808a447c3f8024b5009fd36e2c2fef37d16",
    "heldout61_ko.jsonl": "ae5427dc310c8664b0f212998d505dcef6e664593349c3fb5c96c65ded23c91e",
}
SETS = sorted(p.name for p in DATA.glob("*.jsonl"))


def _documented_categories() -> set[str]:
    text = (DATA / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M))


@pytest.mark.parametrize("name", SETS)
def test_rows_are_well_formed(name):
    rows = load_rows(DATA / name)
    lang = name.rsplit("_", 1)[1].split(".")[0]
    categories = _documented_categories()
    texts = set()
    for row in rows:
        truth = row_truth(row)  # raises on a malformed number or trend
        assert row.get("lang") == lang, row["_where"]
        assert row.get("cat") in categories, f"{row['_where']}: category {row.get('cat')!r} is not in README.md"
        assert row["text"] not in texts, f"{row['_where']}: duplicate text"
        texts.add(row["text"])
        if "azimuth_deg" in truth:
            assert -180 <= truth["azimuth_deg"] <= 180, row["_where"]
        for key in ("elevation_deg", "end_elevation_deg"):
            if key in truth:
                assert -90 <= truth[key] <= 90, row["_where"]
        assert truth.get("motion", "static") in MOTIONS, row["_where"]
        for key in ("distance_range", "wet_range", "spread_range"):
            if key in truth:
                lo, hi = truth[key]
                assert lo < hi, row["_where"]
        for field in truth.get("exact", []):
            assert field in truth, f"{row['_where']}: exact names {field} but gives no value"
        assert set(row.get("unstated", [])) <= set(truth), f"{row['_where']}: unstated names a field with no label"


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_held_out_sets_are_frozen(name):
    rows = load_rows(DATA / name)
    assert len(rows) >= 80
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    assert digest == FROZEN[name], f"{name} changed: it is a frozen held-out set (tests/data/README.md)"
