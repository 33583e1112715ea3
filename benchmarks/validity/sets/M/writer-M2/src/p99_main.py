

def main():
    os.makedirs(PLANS_DIR, exist_ok=True)
    for p in PLANS:
        doc = RENDER[p["layout"]](p)
        doc.save(os.path.join(PLANS_DIR, p["file"]))
        print("wrote", p["file"], p["layout"])


if __name__ == "__main__":
    main()
