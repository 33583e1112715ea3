

# ---------------------------------------------------------------- main
if __name__ == "__main__":
    import os
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
    os.makedirs(out, exist_ok=True)
    for plan in PLANS:
        RENDER[plan["layout"]](plan, os.path.join(out, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])
