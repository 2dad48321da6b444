package vn.openprovince.document;

/** What the signed-in official has to do with documents, for the home page (công việc cần xử lý). */
public interface DocumentWork {

    /** The current user's counts; zero for someone without document roles. */
    WorkCounts myWork();

    /** Counts of pending, overdue and due-soon items. */
    record WorkCounts(int pending, int overdue, int dueSoon) {
    }
}
