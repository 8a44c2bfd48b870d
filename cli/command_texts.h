// What the command line says in its own words, in Vietnamese and English:
// the help (every command's and option's description, placeholder and
// heading, CLI11's labels included), what is said about arguments it
// cannot parse, and its messages on standard error. A catalogue keyed by
// CommandText, its rows data only in command_texts.cpp. What documents say
// is worded in reports/, what staging outputs says in engine/output/.
#pragma once

#include <string>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit::cli {

enum class CommandText {
  // The help: commands, options and positionals.
  kHelpApp,
  kHelpOptionsGroup,
  kHelpCommandsGroup,
  kHelpHelpFlag,
  kHelpLang,
  kHelpPeriod,
  kHelpAsOf,
  kHelpDatabase,
  kHelpDatabaseMadeByImport,
  kHelpTextOrJson,
  kHelpRulesOption,
  kHelpRulesOnlyOption,
  kHelpMapping,
  kHelpAudit,
  kAuditExamples,
  kHelpAuditData,
  kHelpAuditFormat,
  kHelpAuditCsvSeparator,
  kHelpAuditPerAgency,
  kHelpAuditOutput,
  kHelpAuditMapping,
  kHelpAuditProfile,
  kHelpAuditWaivers,
  kHelpAuditInspection,
  kHelpAuditBaseline,
  kHelpAuditLenient,
  kHelpAuditRejected,
  kHelpRuns,
  kHelpDiff,
  kHelpDiffA,
  kHelpDiffB,
  kHelpWaivers,
  kHelpWaiversImport,
  kHelpWaiversImportFile,
  kHelpWaiversImportRules,
  kHelpWaiversList,
  kHelpWaiversListAsOf,
  kHelpWaiversListExpired,
  kHelpWaiversListActive,
  kHelpWaiversRemove,
  kHelpWaiversRemoveRule,
  kHelpWaiversRemoveSubject,
  kHelpWaiversRemovePeriod,
  kHelpExplain,
  kHelpExplainRule,
  kHelpExplainSubject,
  kHelpExplainWindow,
  kHelpExplainData,
  kHelpExplainProfile,
  kHelpExplainTimings,
  kHelpImport,
  kImportExamples,
  kHelpImportDatabase,
  kHelpImportPaths,
  kHelpImportLenient,
  kHelpImportRejected,
  kHelpImportAdd,
  kHelpServe,
  kHelpServeDatabase,
  kHelpServeListen,
  kHelpServeTrustedProxy,
  kHelpServeMaxUpload,
  kHelpServeSessionIdle,
  kHelpServeProfile,
  kServeListening,           // {0} the address to open
  kServeCannotListen,        // {0} the address
  kServeBadListen,           // {0} what was given
  kServeStopped,
  kHelpRules,
  kHelpRulesCheck,
  kHelpRulesCheckPath,
  kHelpRulesFmt,
  kHelpRulesFmtPath,
  kHelpRulesFmtCheck,
  kHelpRulesTest,
  kHelpRulesTestPath,
  // The help: placeholders of values.
  kPlaceholderDir,
  kPlaceholderFile,
  kPlaceholderPeriod,
  kPlaceholderDate,
  kPlaceholderPath,
  kPlaceholderRule,
  kPlaceholderSubject,
  kPlaceholderFormat,
  kPlaceholderRun,
  kPlaceholderWindow,
  // The help: CLI11's own labels.
  kLabelUsage,
  kLabelOptions,
  kLabelCommand,
  kLabelCommands,
  kLabelArguments,
  kLabelRequired,
  kLabelExcludes,
  kLabelNeeds,
  kLabelText,
  kLabelNumber,
  // Arguments that do not parse.
  kNoSuchCommand,             // {0} the word given, {1} the commands
  kCommandMissing,            // {0} the commands
  kUnexpectedArguments,       // {0} the arguments
  kRequiredArgumentMissing,
  kRequiredOptionMissing,     // {0} the option, {1} its description
  kOptionNeedsValue,          // {0} the option
  kFlagTakesNoValue,          // {0} the option
  kInvalidOptionValue,        // {0} the values, {1} the option, {2} its description
  kOptionExcludes,            // {0} the option, {1} the other
  kOptionNeeds,               // {0} the option, {1} the other
  kFileCannotBeRead,
  kInvalidCommandLine,
  kSeeHelp,                   // {0} what is wrong, {1} the command's --help
  // Periods and dates.
  kPeriodBadMonth,
  kPeriodBadQuarter,
  kPeriodBadYear,
  kPeriodReversed,
  kPeriodNotOneUnit,
  kPeriodTooLong,             // {0} years, {1} months
  kPeriodMalformed,
  kPeriodForms,
  kPeriodRangeForms,          // after kPeriodForms, for an audit period
  kPeriodInvalid,             // {0} the option, {1} the value, {2} why, {3} the forms
  kDateInvalid,               // {0} the option, {1} the value
  kThePeriod,                 // how `waivers remove` names its PERIOD
  // A database that cannot be used (database_error), on standard error.
  kDatabaseObjectTable,       // a schema object's type, before its name
  kDatabaseObjectIndex,
  kDatabaseObjectView,
  kDatabaseObjectsMore,       // {0} the objects named, {1} how many more
  kDatabaseForeignObjects,    // {0} the database, {1} the objects
  kDatabaseNeedsUpgrade,      // {0} the database, {1} the missing objects
  kDatabaseCopyTooShort,      // {0} the database, {1} register, {2} rows, {3} bytes, {4} advice
  kDatabaseEvidenceTooDeep,   // {0} the database, {1} finding, {2} run, {3} levels, {4} advice
  kDatabaseDamagedAdvice,     // what to do with a damaged database
  kDatabaseBusy,              // {0} the database, {1} how long it waited
  kWaitedSeconds,             // {0} seconds
  kWaitedMilliseconds,        // {0} milliseconds
  kDatabaseReadOnly,          // {0} the database
  kDatabaseError,             // {0} SQLite's own message
  // `explain`'s errors.
  kExplainNoSuchRule,         // {0} the rule
  kExplainNeedsSubject,       // {0} the rule
  kExplainNeedsRule,
  kExplainMissingRegisters,   // {0} the rule, {1} the registers
  kExplainNoSubject,          // {0} the subject, {1} the rule
  kExplainNoSubjectInWindow,  // {0} the subject, {1} the window, {2} the rule
  kExplainRuleNotPerWindow,   // {0} "WINDOW", {1} the window, {2} the rule, {3} the period
  kExplainNotAWindow,         // {0} "WINDOW", {1} the window, {2} the rule, {3} kExplainPer*,
                              // {4} the windows audited
  kExplainNoWindowAudited,    // {0} "WINDOW", {1} the window, {2} the rule, {3} kExplainPer*,
                              // {4} the period, {5} the as-of date
  kExplainPerMonth,           // what a rule per month is stated per, and how one is written
  kExplainPerQuarter,
  kExplainPerYear,
  // Usage errors and what was done, on standard error.
  kErrorPrefix,               // before every usage error
  kWhatProfile,
  kWhatWaiverFile,
  kWhatInspectionFile,
  kNamedFileUnreadable,       // {0} what the file is, {1} the path, {2} why
  kNotARegularFile,           // why, after a path
  kFileTooLarge,              // why, after a path: {0} the bound in bytes
  kMoreErrors,                // {0} count
  kNothingImported,
  kMappingErrors,
  kIgnoredColumns,            // {0} the file, {1} the columns
  kUnreadNotASpreadsheet,
  kUnreadNoRegisterHeader,
  kUnreadMappingFile,
  kUnreadRejectedRows,
  kUnreadHidden,
  kNoRegister,                // {0} the path, {1} the registers' names
  kNoFileFound,
  kFileNotRead,               // {0} the file, {1} why
  kRulePathMissing,           // {0} the path
  kRulesTestPathMissing,      // {0} the path
  kRulesTestNotATestPath,     // {0} the path
  kRulesTestNoTestFile,       // {0} the folder
  kRulesTestNoTestOfRuleFile, // {0} the rule file, {1} the test file looked for
  kRulesOnlyWithoutRules,
  kRulePackErrors,            // {0} count
  kProfileErrors,             // {0} count
  kBinaryFormatNeedsOutput,  // {0} xlsx or docx
  kCsvSeparatorNeedsCsv,      // {0} the format
  kBaselineNeedsDatabase,
  kLenientNeedsData,
  kNoSuchRun,                 // {0} the run, {1} the command listing runs
  kRunRecordedAnyway,         // {0} the run; after why the outputs were not written
  kDataNotFound,              // {0} the path
  kDataOrDatabase,
  kDatabaseNotFound,          // {0} the path
  kWaiverFileErrors,          // {0} count, {1} the file
  kInspectionFileErrors,      // {0} count, {1} the file
  kFormatNotTextOrJson,       // {0} the format
  kFormatNotSupported,        // {0} the format
  kFormatContradictsOutput,   // {0} the format, {1} the extension, {2} the output, {3} its format
  kWaiversStored,             // {0} count
  kNoSuchWaiver,              // {0} the waiver, {1} the command listing waivers
  kWaiverRemoved,             // {0} the waiver
  kImportedRejectedUnwritten, // {0} why
  kRejectedFolderIsInput,     // {0} the folder, {1} the input
  kLenientImported,           // {0} the register, {1} rows
  kLenientRejected,           // {0} rows; after kLenientImported
  kImportAddedOneFile,        // {0} the register, {1} files, {2} rows
  kImportAddedFiles,          // {0} the register, {1} files, {2} rows
  kImportReplacedOneFile,     // {0} the register, {1} files, {2} rows
  kImportReplacedFiles,       // {0} the register, {1} files, {2} rows
  kProgressRows,
  kProgressRowsPerSecond,
  // `template`: blank forms of the registers for agencies.
  kHelpTemplate,
  kTemplateExamples,
  kHelpTemplateRegisters,
  kHelpTemplateOutput,
  kHelpTemplateDatabase,
  kPlaceholderRegister,
  kTemplateUnknownRegister,   // {0} the name given, {1} the registers known
  kTemplateOutputNotFolder,   // {0} the path
  kTemplateFileExists,        // {0} the file
  kTemplateWritten,           // {0} the file, {1} the register's title
  // `users`: the workspace's accounts.
  kHelpUsers,
  kHelpUsersAdd,
  kUsersAddExamples,
  kHelpUsersName,
  kHelpUsersRole,
  kHelpUsersList,
  kHelpUsersDisable,
  kPlaceholderName,
  kPlaceholderRole,
  kPasswordPrompt,            // on standard error, when standard input is a terminal
  kPasswordMissing,
  kPasswordMoreThanOneLine,
  kPasswordTooShort,          // {0} the fewest bytes
  kPasswordTooLong,           // {0} the most bytes
  kAccountNameInvalid,        // {0} the name, {1} the most bytes
  kAccountNameTaken,          // {0} the name
  kAccountAdded,              // {0} the name, {1} the role
  kNoSuchAccount,             // {0} the name, {1} the command listing accounts
  kAccountDisabled,           // {0} the name
  kAccountsTitle,             // {0} count
  kNoAccounts,
  kColumnAccountName,
  kColumnAccountRole,
  kColumnAccountState,
  kColumnAccountCreated,
  kAccountStateEnabled,
  kAccountStateDisabled,      // keep last (the catalogue's last id)
};

// The catalogue of every CommandText, kHelpApp to kAccountStateDisabled.
const TextCatalogue<CommandText>& command_texts();

// The text of `id` in `lang` with {i} replaced by args[i].
std::string command_text(CommandText id, Language lang, const std::vector<std::string>& args = {});

}  // namespace genaudit::cli
