namespace Mingle;
