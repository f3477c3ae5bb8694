"""The directive graph on the real documents: identities, relations, and what users type."""
import pytest

from kg_rag.errors import BadInput
from kg_rag.directives.graph import build_graph

D000, D001, D002, D003, D004 = ("000_be8e4c97cec46f5d.txt", "001_598d0e0f78c856f0.txt", "002_50cfeafd4e4b0251.txt",
                                "003_d3e4a11f6ac37c1f.txt", "004_57220ce583489b87.txt")


@pytest.fixture(scope="module")
def graph(documents):
    return build_graph(documents)


@pytest.mark.parametrize("typed", ["KL 69", "Kết luận 69", "69-KL/TW", "kl69", "ket luan so 69",
                                   "Kết luận số 69-KL/TW", "tuyên truyền KL 69"])
def test_user_forms_of_kl69_resolve_to_one_node(graph, typed):
    n = graph.resolve(typed)
    assert (n.key, n.id, n.type, n.number, n.issuer, n.date) == \
        ("69-KL/TW@2024", "69-KL/TW", "Kết luận", "69", "Bộ Chính trị", "11/01/2024")
    assert n.title.startswith("về tiếp tục thực hiện Nghị quyết số 20-NQ/TW")
    assert n.title.endswith("hội nhập quốc tế")


def test_nghi_quyet_20(graph):
    n = graph.resolve("nghi quyet 20")
    assert (n.key, n.issuer, n.date) == ("20-NQ/TW@2012", "Ban Chấp hành Trung ương Đảng", "01/11/2012")


def test_two_36_nq_tw_are_two_nodes(graph):
    a, b = graph.resolve("NQ 36 năm 2023"), graph.resolve("Nghị quyết 36-NQ/TW năm 2014")
    assert (a.key, a.date) == ("36-NQ/TW@2023", "30/01/2023")
    assert (b.key, b.date) == ("36-NQ/TW@2014", "01/07/2014")
    assert "công nghệ sinh học" in a.title and "công nghệ thông tin" in b.title
    assert graph.resolve("36-NQ/TW 2014").key == b.key            # a bare year also tells them apart
    with pytest.raises(BadInput, match="30/01/2023.*01/07/2014|năm"):
        graph.resolve("NQ 36")
    # both cited by 000; 003 cites both as well (2023 in the content, 2014 among the reviews)
    assert {r.source for r in graph.related(a.key)} == {D000, D003}
    assert {r.source for r in graph.related(b.key)} == {D000, D003}


def test_two_29_nq_tw_are_two_nodes(graph):
    assert graph.resolve("NQ 29 năm 2013").date == "04/11/2013"
    assert graph.resolve("NQ 29 năm 2022").date == "17/11/2022"
    assert [r.source for r in graph.related("29-NQ/TW@2022")] == [D004]
    assert [r.source for r in graph.related("29-NQ/TW@2013")] == [D003]


def test_documents_under_kl69(graph):
    rel = {r.source: r for r in graph.related("69-KL/TW@2024")}
    assert set(rel) == {D002, D004}                      # nothing from 000, 001, 003
    assert rel[D004].relation == "guides" and rel[D004].via == ()
    # 002 implements Chương trình 56-CTr/TU, which implements KL 69
    assert rel[D002].relation == "implements" and rel[D002].via == ("56-CTr/TU",)
    assert graph.under("69-KL/TW@2024") == [D004, D002]


def test_relations_stated_in_openings(graph):
    def rel(src, key):
        return {e.relation for e in graph.out(graph.doc_keys[src]) if e.dst == key}
    assert rel(D000, "92-HD/BTGTU@2024") == {"based_on"}          # "Căn cứ Hướng dẫn số 92-HD/BTGTU"
    assert rel(D001, "85-HD/BTGTU@2023") == {"implements"}        # "Thực hiện Hướng dẫn số 85-HD/BTGTU"
    assert rel(D003, "85-HD/BTGTU@2023") == {"implements"}
    assert rel(D004, "171-HD/BTGTU@2024") == {"implements"}
    assert rel(D004, "116-KH/TU@2024") == {"guides"}
    assert rel(D000, "36-NQ/TW@2023") == {"cites"}
    edges = {(e.src, e.relation, e.dst) for e in graph.edges}
    assert ("69-KL/TW@2024", "continues", "20-NQ/TW@2012") in edges   # "về tiếp tục thực hiện"
    assert ("56-CTr/TU@2024", "implements", "69-KL/TW@2024") in edges
    assert ("116-KH/TU@2024", "implements", "69-KL/TW@2024") in edges
    assert ("65-KH/TU@2023", "implements", "36-NQ/TW@2023") in edges   # the 2023 one, not 2014


def test_document_identity_nodes(graph):
    n = graph.nodes[graph.doc_keys[D001]]
    assert (n.id, n.type, n.number, n.issuer, n.date, n.source) == \
        ("31-KH/BTGĐUK", "Kế hoạch", "31", "Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh Bình Định", "05/01/2023", D001)
    assert graph.resolve("KH 31").source == D001                   # its own number, not a second node
    assert graph.nodes[graph.doc_keys[D004]].type == "Hướng dẫn"
    assert graph.resolve(D003).source == D003
    assert {r.source for r in graph.related(graph.resolve("HD 85").key)} == {D001, D003}


def test_nq20_reaches_kl69_documents_through_the_chain(graph):
    rel = {r.source: r for r in graph.related("20-NQ/TW@2012")}
    assert rel[D004].via == ("69-KL/TW",) and rel[D002].via == ("56-CTr/TU", "69-KL/TW")
    assert rel[D000].relation == "cites"


@pytest.mark.parametrize("typed, why", [("KL 99", "not named"), ("hello", "names no directive"), ("", "no directive")])
def test_unknown_directives_say_what_to_do(graph, typed, why):
    with pytest.raises(BadInput, match=why):
        graph.resolve(typed)
