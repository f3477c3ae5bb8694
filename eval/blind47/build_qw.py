# -*- coding: utf-8 -*-
"""Rebuild the five corpus files of set blind47 from the text in docs_text.py.
Run: /work/main/.venv/bin/python build_qw.py  (then make_questions.py writes the jsonl files)."""
import os, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_text as T

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
N = lambda s: unicodedata.normalize("NFC", s)


def build_pdf(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    # two-column header: left block then right block, line by line
    for left, right in zip(T.D1_HEADER_LEFT, T.D1_HEADER_RIGHT):
        pdf.set_font("DV", "B" if left.isupper() else "", 10.5)
        pdf.cell(w * 0.40, 6, N(left), align="C")
        pdf.set_font("DV", "B" if right.isupper() or "Độc lập" in right else "", 10.5)
        pdf.cell(w * 0.60, 6, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for i, t in enumerate(T.D1_TITLE):
        pdf.set_font("DV", "B", 13 if i == 0 else 11.5)
        pdf.multi_cell(w, 6.5, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in T.D1_BODY.split("\n"):
        if line.startswith("## "):
            pdf.set_font("DV", "B", 11)
            pdf.ln(1.5)
            pdf.multi_cell(w, 6, N(line[3:]), new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("# "):
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(w, 6, N(line[2:]), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(w, 6, N(line), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for i, s in enumerate(T.D1_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 2, 4) else "", 10.5)
        pdf.set_x(pdf.l_margin + w * 0.5)
        pdf.cell(w * 0.5, 6, N(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for i, s in enumerate(T.D1_NOINHAN):
        pdf.set_font("DV", "B" if i == 0 else "", 9.5)
        pdf.cell(w * 0.5, 5, N(s), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.pages_count


def build_txt_wrapped(path):
    out = [T.D2_HEADER.rstrip("\n"), ""]
    for para in T.D2_BODY:
        out.extend(textwrap.wrap(para, width=72, break_long_words=False, break_on_hyphens=False))
    out.append(T.D2_FOOTER.rstrip("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(N("\n".join(out) + "\n"))


def build_docx(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    D = T.D3
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for sec in d.sections:
        sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    # header as a borderless 2-column table (usual Word layout)
    ht = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(zip(D["header_left"], D["header_right"])):
        for c, txt in ((0, a), (1, b)):
            p = ht.cell(r, c).paragraphs[0]
            run = p.add_run(N(txt)); run.bold = txt.isupper() or "Độc lập" in txt
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()
    for i, t in enumerate(D["title"]):
        p = d.add_paragraph(); r = p.add_run(N(t)); r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in D["canCu"]:
        d.add_paragraph(N(t))
    p = d.add_paragraph(); p.add_run("QUYẾT ĐỊNH:").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in D["dieu"]:
        d.add_paragraph(N(t))
    st2 = d.add_table(rows=1, cols=2)
    c0 = st2.cell(0, 0); c1 = st2.cell(0, 1)
    c0.paragraphs[0].add_run(N(D["noinhan"][0])).bold = True
    for t in D["noinhan"][1:]:
        c0.add_paragraph(N(t))
    c1.paragraphs[0].add_run(N(D["sign"][0])).bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in D["sign"][1:]:
        pp = c1.add_paragraph(); rr = pp.add_run(N(t)); rr.bold = t != "(đã ký)"
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    for i, t in enumerate(D["kh_title"]):
        p = d.add_paragraph(); r = p.add_run(N(t)); r.bold = i < 2; r.italic = i == 2
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(); p.add_run(N(D["muctieu_intro"])).bold = True
    for t in D["muctieu"]:
        d.add_paragraph(N(t), style="List Bullet")
    p = d.add_paragraph(); p.add_run(N(D["nhiemvu_intro"])).bold = True
    for t in D["nhiemvu"]:
        d.add_paragraph(N(t), style="List Number")
    p = d.add_paragraph(); p.add_run(N(D["table_intro"])).bold = True
    rows = D["table"]
    tb = d.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, txt in enumerate(row):
            cell = tb.cell(r, c)
            run = cell.paragraphs[0].add_run(N(txt)); run.bold = r == 0
    p = d.add_paragraph(); p.add_run(N(D["kinhphi"][0])).bold = True
    d.add_paragraph(N(D["kinhphi"][1]))
    p = d.add_paragraph(); p.add_run(N(D["tochuc_intro"])).bold = True
    for t in D["tochuc"]:
        d.add_paragraph(N(t), style="List Number 2")
    d.add_paragraph(N(D["lienhe"]))
    d.save(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    pages = build_pdf(os.path.join(CORPUS, "qw01_kh_khcn_tinh.pdf"))
    build_txt_wrapped(os.path.join(CORPUS, "qw02_cv_sangtaoso.txt"))
    build_docx(os.path.join(CORPUS, "qw03_qd_kh_cds_huyen.docx"))
    with open(os.path.join(CORPUS, "qw04_bc_tinhdoan.md"), "w", encoding="utf-8") as f:
        f.write(N(T.D4))
    with open(os.path.join(CORPUS, "qw05_tb_ketluan_xa.txt"), "w", encoding="utf-8") as f:
        f.write(N(T.D5))
    print("built; pdf pages:", pages)


if __name__ == "__main__":
    main()
