namespace Idocs.Storage;

public enum FileStoreKind
{
    Folder,
    GridFs,
}
